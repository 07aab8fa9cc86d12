/*
 * The table of preopened directories, and the current directory that
 * paths are taken from.  A constructor reads the table when this file is
 * linked, i.e. when the program uses paths or the current directory at
 * all: at startup the preopens are still fd 3, 4, ... in order, before
 * the program can close or renumber any of them.
 *
 * The program starts in the directory the environment variable PWD names
 * when it is an absolute path chdir() accepts (inside a preopen, or above
 * one), else in "/".  WASI preview 1 has no current directory, so the host
 * says where the user was this way: wasm64-run and js/run.mjs set PWD to
 * their own current directory as the program's namespace spells it
 * (docs/runtime-wasi.md), as a shell sets it for its children.  A relative
 * preopen name ("data", or "." itself) is a place relative to where the
 * program starts, as relative paths are: so `--dir X::data` gives the
 * program a "data" beside it wherever the host starts it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"

#define W64_EBADF 8

static struct __w64_preopen *table;
static size_t count;

char *__w64_cwd;

__attribute__((constructor)) static void load_preopens(void)
{
	size_t cap = 0;
	/* getenv first: the names are taken relative to where we start. */
	int saved = errno, nerr;
	const char *env_pwd = getenv("PWD");
	char *pwd = env_pwd != NULL && env_pwd[0] == '/' ? __w64_path_normalize("/", env_pwd, NULL, &nerr)
							   : NULL;
	const char *base = pwd != NULL ? pwd : "/";

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
		/* A name is a path from the starting directory: started in "/",
		 * "." and "/" are the root, "data", "./data/" and "/data" are
		 * all /data. */
		char *name = __w64_path_normalize(base, raw, NULL, &nerr);
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
	/* A PWD the preopens cannot back leaves "/"; a program starts with the
	 * errno it would have had without one. */
	if (strcmp(base, "/") != 0)
		(void)chdir(base);
	free(pwd);
	__w64_set_errno(saved);
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
