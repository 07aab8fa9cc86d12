/* search.h: hsearch (and the _r forms) growing past its size hint,
 * tsearch/tfind/tdelete/twalk/tdestroy against a plain array model with
 * the AVL height bound checked after every change, lsearch/lfind,
 * insque/remque. */
#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static void hash_tables(void)
{
	CHECK(hcreate(10) != 0);
	CHECK(hcreate(10) == 0); /* one global table at a time */
	static char keys[3000][8];
	int ok = 1;
	for (int i = 0; i < 3000; i++) {
		snprintf(keys[i], sizeof keys[i], "k%d", i);
		ENTRY e = {keys[i], (void *)(long)i}, *r = hsearch(e, ENTER);
		ok &= r != NULL && r->data == (void *)(long)i;
	}
	CHECK(ok);
	ok = 1;
	for (int i = 0; i < 3000; i++) {
		char k[8];
		snprintf(k, sizeof k, "k%d", i);
		ENTRY e = {k, NULL}, *r = hsearch(e, FIND);
		ok &= r != NULL && r->data == (void *)(long)i && r->key == keys[i];
	}
	CHECK(ok);
	/* ENTER of a key already there returns it, data unchanged */
	ENTRY again = {"k7", (void *)99L}, *r = hsearch(again, ENTER);
	CHECK(r != NULL && r->data == (void *)7L);
	errno = 0;
	ENTRY missing = {"nope", NULL};
	CHECK(hsearch(missing, FIND) == NULL && errno == ESRCH);
	hdestroy();
	CHECK(hcreate(0) != 0);
	hdestroy();

	struct hsearch_data h;
	memset(&h, 0, sizeof h);
	CHECK(hcreate_r(4, &h) != 0);
	ENTRY *out;
	ENTRY a = {"a", (void *)1L}, b = {"b", (void *)2L};
	CHECK(hsearch_r(a, ENTER, &out, &h) == 1 && out->data == (void *)1L);
	CHECK(hsearch_r(b, ENTER, &out, &h) == 1);
	CHECK(hsearch_r(a, FIND, &out, &h) == 1 && out->data == (void *)1L);
	CHECK(hsearch_r(missing, FIND, &out, &h) == 0 && out == NULL);
	hdestroy_r(&h);
	CHECK(h.__tab == NULL);
}

/* --- trees ------------------------------------------------------------ */

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int walked[1000], nwalked, walk_ok, max_depth;
static void collect(const void *node, VISIT v, int depth)
{
	if (depth > max_depth)
		max_depth = depth;
	if (v == postorder || v == leaf)
		walked[nwalked++] = **(int *const *)node;
	if (depth < 0)
		walk_ok = 0;
}

static int freed;
static void count_free(void *key)
{
	(void)key;
	freed++;
}

static void trees(void)
{
	static int keys[1000];
	char present[1000] = {0};
	void *root = NULL;
	int ok = 1, bound_ok = 1;
	unsigned seed = 12345;
	for (int i = 0; i < 1000; i++)
		keys[i] = i;
	for (int step = 0; step < 20000; step++) {
		seed = seed * 1103515245u + 12345u;
		int k = (int)(seed >> 16) % 1000;
		if ((seed >> 8) % 3 != 0) {
			int **node = tsearch(&keys[k], &root, cmp_int);
			ok &= node != NULL && **node == k;
			present[k] = 1;
		} else {
			void *parent = tdelete(&keys[k], &root, cmp_int);
			ok &= (parent != NULL) == present[k];
			present[k] = 0;
		}
		if (step % 500 == 0) {
			int n = 0;
			for (int i = 0; i < 1000; i++) {
				n += present[i];
				ok &= (tfind(&keys[i], &root, cmp_int) != NULL) == present[i];
			}
			nwalked = 0;
			max_depth = 0;
			walk_ok = 1;
			twalk(root, collect);
			ok &= nwalked == n && walk_ok;
			for (int i = 1; i < nwalked; i++)
				ok &= walked[i - 1] < walked[i];
			/* AVL: depth < 1.45 log2(n + 2) */
			int lg = 0;
			while ((1 << lg) < n + 2)
				lg++;
			bound_ok &= n == 0 || max_depth + 1 <= 1.45 * lg;
		}
	}
	CHECK(ok);
	CHECK(bound_ok);
	/* Sorted insertion, the worst case of an unbalanced tree. */
	void *sorted = NULL;
	for (int i = 0; i < 1000; i++)
		tsearch(&keys[i], &sorted, cmp_int);
	max_depth = 0;
	nwalked = 0;
	twalk(sorted, collect);
	CHECK(nwalked == 1000 && max_depth <= 13);
	int n = 0;
	for (int i = 0; i < 1000; i++)
		n += present[i];
	freed = 0;
	tdestroy(root, count_free);
	CHECK(freed == n);
	freed = 0;
	tdestroy(sorted, count_free);
	CHECK(freed == 1000);
	/* The last key: tdelete still answers non-NULL, the tree is empty. */
	void *one = NULL;
	tsearch(&keys[5], &one, cmp_int);
	CHECK(tdelete(&keys[5], &one, cmp_int) != NULL && one == NULL);
	CHECK(tdelete(&keys[5], &one, cmp_int) == NULL);
	CHECK(tfind(&keys[5], &one, cmp_int) == NULL);
	twalk(NULL, collect);
}

static void linear(void)
{
	int table[10] = {5, 3, 9};
	size_t n = 3;
	int key = 9;
	CHECK(lfind(&key, table, &n, sizeof(int), cmp_int) == &table[2]);
	key = 4;
	CHECK(lfind(&key, table, &n, sizeof(int), cmp_int) == NULL && n == 3);
	int *p = lsearch(&key, table, &n, sizeof(int), cmp_int);
	CHECK(p == &table[3] && *p == 4 && n == 4);
	CHECK(lsearch(&key, table, &n, sizeof(int), cmp_int) == &table[3] && n == 4);
}

struct item {
	struct item *next, *prev;
	int v;
};

static void queues(void)
{
	struct item a = {0}, b = {0}, c = {0};
	a.v = 1, b.v = 2, c.v = 3;
	insque(&a, NULL);
	CHECK(a.next == NULL && a.prev == NULL);
	insque(&c, &a);
	insque(&b, &a); /* a b c */
	CHECK(a.next == &b && b.next == &c && c.next == NULL);
	CHECK(c.prev == &b && b.prev == &a && a.prev == NULL);
	remque(&b);
	CHECK(a.next == &c && c.prev == &a);
	remque(&a);
	CHECK(c.prev == NULL);
	/* a circular list: the element linked to itself */
	struct item h = {0};
	h.next = h.prev = &h;
	insque(&a, &h);
	insque(&b, &a);
	CHECK(h.next == &a && a.next == &b && b.next == &h && h.prev == &b);
	remque(&a);
	CHECK(h.next == &b && b.prev == &h);
}

int main(void)
{
	hash_tables();
	trees();
	linear();
	queues();
	return check_summary();
}
