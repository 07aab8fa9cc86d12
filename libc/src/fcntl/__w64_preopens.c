/*
 * The table of preopened directories.  A constructor reads it when this
 * file is linked, i.e. when the program uses paths at all: at startup the
 * preopens are still fd 3, 4, ... in order, before the program can close
 * or renumber any of them.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_host.h"
#include "w64_path.h"

#define W64_EBADF 8

static struct __w64_preopen *table;
static size_t count;

__attribute__((constructor)) static void load_preopens(void)
{
	size_t cap = 0;

	for (int fd = 3;; fd++) {
		struct __w64_prestat ps;
		int err = __w64_host_fd_prestat_get(fd, &ps);
		if (err == W64_EBADF)
			break;
		if (err != 0 || ps.tag != 0)
			continue; /* open, but not a directory preopen */
		if (ps.pr_name_len >= 65536)
			continue;
		char *raw = malloc(ps.pr_name_len + 1);
		if (raw == NULL)
			break;
		if (__w64_host_fd_prestat_dir_name(fd, raw, ps.pr_name_len) != 0) {
			free(raw);
			continue;
		}
		raw[ps.pr_name_len] = '\0';
		/* A name is a path from the root: "." and "/" are the root,
		 * "data", "./data/" and "/data" are all /data. */
		int nerr;
		char *name = __w64_path_normalize("/", raw, NULL, &nerr);
		free(raw);
		if (name == NULL)
			break;
		if (count == cap) {
			size_t ncap = cap ? 2 * cap : 4;
			struct __w64_preopen *t = realloc(table, ncap * sizeof *t);
			if (t == NULL) {
				free(name);
				break;
			}
			table = t;
			cap = ncap;
		}
		table[count].fd = fd;
		table[count].name = name;
		table[count].len = strlen(name);
		count++;
	}
}

/* Whether name (normalised) is abs itself or a directory above it. */
static int covers(const char *name, size_t len, const char *abs)
{
	if (len == 1)
		return 1; /* "/" */
	return strncmp(abs, name, len) == 0 && (abs[len] == '/' || abs[len] == '\0');
}

const struct __w64_preopen *__w64_preopen_find(const char *abs)
{
	const struct __w64_preopen *best = NULL;

	/* Longest name wins; on a tie the first (lowest fd). */
	for (size_t i = 0; i < count; i++) {
		if (covers(table[i].name, table[i].len, abs) && (best == NULL || table[i].len > best->len))
			best = &table[i];
	}
	return best;
}

int __w64_preopen_is_ancestor(const char *abs)
{
	size_t len = strlen(abs);

	for (size_t i = 0; i < count; i++) {
		if (table[i].len > len && covers(abs, len, table[i].name))
			return 1;
	}
	return 0;
}

void __w64_preopen_forget(int fd)
{
	for (size_t i = 0; i < count; i++) {
		if (table[i].fd == fd) {
			free(table[i].name);
			/* Keep the order: ties go to the first. */
			memmove(&table[i], &table[i + 1], (count - i - 1) * sizeof *table);
			count--;
			return;
		}
	}
}
