/* A multi-threaded workload over SQLite built thread-safe
 * (SQLITE_THREADSAFE=1), for the threads sysroot and for the native
 * build beside it: both must print the same lines.
 *
 *   sqlite-threads DIR
 *
 * 1. Writers: 4 threads, each with its own connection to DIR/mt.db,
 *    insert 250 rows each in transactions of 10, retrying when another
 *    holds the lock (a busy timeout); the rows are then counted and
 *    summed.
 * 2. One connection shared by 4 threads (serialized mode): each runs
 *    200 statements on it, inserts and reads mixed.
 * 3. Readers: 4 threads with connections of their own run the same
 *    aggregate query 50 times each over what step 1 wrote; every answer
 *    must be the same.
 *
 * Everything printed is independent of the threads' interleaving. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sqlite3.h"

#define THREADS 4
#define ROWS 250
#define BATCH 10

static char db_path[4096];

static void die(sqlite3 *db, const char *what)
{
	fprintf(stderr, "sqlite-threads: %s: %s\n", what, db ? sqlite3_errmsg(db) : "(no connection)");
	exit(1);
}

static sqlite3 *open_db(int flags)
{
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | flags, NULL) !=
	    SQLITE_OK)
		die(db, "open");
	sqlite3_busy_timeout(db, 60000);
	return db;
}

static void exec(sqlite3 *db, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "sqlite-threads: %s: %s\n", sql, err);
		exit(1);
	}
}

static void *writer(void *arg)
{
	int id = (int)(long)arg;
	sqlite3 *db = open_db(SQLITE_OPEN_NOMUTEX);
	sqlite3_stmt *ins;
	if (sqlite3_prepare_v2(db, "insert into w(thread, n, sq) values (?, ?, ?)", -1, &ins, NULL))
		die(db, "prepare");
	for (int n = 0; n < ROWS; n += BATCH) {
		exec(db, "begin immediate");
		for (int k = n; k < n + BATCH; k++) {
			sqlite3_bind_int(ins, 1, id);
			sqlite3_bind_int(ins, 2, k);
			sqlite3_bind_int64(ins, 3, (sqlite3_int64)k * k + id);
			if (sqlite3_step(ins) != SQLITE_DONE)
				die(db, "insert");
			sqlite3_reset(ins);
		}
		exec(db, "commit");
	}
	sqlite3_finalize(ins);
	sqlite3_close(db);
	return NULL;
}

static sqlite3 *shared;

static void *sharer(void *arg)
{
	int id = (int)(long)arg;
	char sql[128];
	for (int k = 0; k < 200; k++) {
		if (k % 4 == 3) {
			/* A read on the shared connection: its answer varies with
			 * the interleaving, only that it works is checked. */
			sqlite3_stmt *q;
			if (sqlite3_prepare_v2(shared, "select count(*) from s", -1, &q, NULL) ||
			    sqlite3_step(q) != SQLITE_ROW)
				die(shared, "count");
			sqlite3_finalize(q);
			continue;
		}
		snprintf(sql, sizeof sql, "insert into s values (%d, %d, 'row %d of %d')", id, k, k, id);
		exec(shared, sql);
	}
	return NULL;
}

struct reader {
	int id;
	char first[256];
	int agree;
};

static void *reader(void *arg)
{
	struct reader *r = arg;
	sqlite3 *db = open_db(SQLITE_OPEN_NOMUTEX);
	sqlite3_stmt *q;
	if (sqlite3_prepare_v2(db,
	                       "select count(*), sum(sq), count(distinct thread), "
	                       "(select group_concat(n || '.' || thread, ',') from "
	                       "(select n, thread from w where n % 97 = 0 order by n, thread)) "
	                       "from w",
	                       -1, &q, NULL))
		die(db, "prepare");
	for (int k = 0; k < 50; k++) {
		if (sqlite3_step(q) != SQLITE_ROW)
			die(db, "aggregate");
		char line[256];
		snprintf(line, sizeof line, "%d|%lld|%d|%s", sqlite3_column_int(q, 0),
		         (long long)sqlite3_column_int64(q, 1), sqlite3_column_int(q, 2),
		         (const char *)sqlite3_column_text(q, 3));
		sqlite3_reset(q);
		if (k == 0)
			strcpy(r->first, line);
		else if (strcmp(line, r->first) == 0)
			r->agree++;
	}
	sqlite3_finalize(q);
	sqlite3_close(db);
	return NULL;
}

static void run(void *(*fn)(void *), void **args)
{
	pthread_t t[THREADS];
	for (int i = 0; i < THREADS; i++)
		if (pthread_create(&t[i], NULL, fn, args[i])) {
			fprintf(stderr, "sqlite-threads: pthread_create failed\n");
			exit(1);
		}
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
}

static void print_query(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *q;
	if (sqlite3_prepare_v2(db, sql, -1, &q, NULL))
		die(db, "prepare");
	while (sqlite3_step(q) == SQLITE_ROW) {
		for (int c = 0; c < sqlite3_column_count(q); c++)
			printf("%s%s", c ? "|" : "", (const char *)sqlite3_column_text(q, c));
		printf("\n");
	}
	sqlite3_finalize(q);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: sqlite-threads DIR\n");
		return 2;
	}
	snprintf(db_path, sizeof db_path, "%s/mt.db", argv[1]);
	printf("threadsafe %d\n", sqlite3_threadsafe());
	remove(db_path);

	sqlite3 *db = open_db(0);
	exec(db, "create table w(thread integer, n integer, sq integer);"
	         "create table s(thread integer, k integer, text text)");
	void *ids[THREADS];
	for (long i = 0; i < THREADS; i++)
		ids[i] = (void *)(i + 1);

	run(writer, ids);
	printf("writers:\n");
	print_query(db, "select thread, count(*), sum(n), sum(sq) from w group by thread order by thread");
	print_query(db, "select count(*), count(distinct thread || '.' || n) from w");

	shared = open_db(SQLITE_OPEN_FULLMUTEX);
	run(sharer, ids);
	sqlite3_close(shared);
	printf("shared connection:\n");
	print_query(db, "select thread, count(*), sum(k), max(text) from s group by thread order by thread");

	struct reader readers[THREADS];
	void *rargs[THREADS];
	for (int i = 0; i < THREADS; i++) {
		readers[i] = (struct reader){.id = i};
		rargs[i] = &readers[i];
	}
	run(reader, rargs);
	printf("readers:\n");
	for (int i = 0; i < THREADS; i++)
		printf("%d: %s (%d of 49 later answers agree)\n", i, readers[i].first, readers[i].agree);
	print_query(db, "pragma integrity_check");
	sqlite3_close(db);
	return 0;
}
