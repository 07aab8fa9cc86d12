/* What wasm64-run hands a program besides its module: the directories it
 * maps, where the program starts among them, and its environment
 * (docs/runtime-wasi.md, "Preopened directories" and "Working directory
 * and environment"). */
#ifndef W64_RUN_ENV_H
#define W64_RUN_ENV_H

#include <stdbool.h>
#include <stddef.h>

/* One --dir: the host directory and the name the program sees it under. */
struct run_dir {
	char *host;  /* as given */
	char *guest; /* GUEST, or by default the host directory's absolute path */
	char *real;  /* the host directory's canonical path */
};

/* Parses HOST[::GUEST] into d (strings malloc'd; free with run_dir_free).
 * Without GUEST, the directory appears under its own absolute path.
 * Returns 0, or -1 with a message (naming HOST) in err. */
int run_dir_parse(const char *spec, struct run_dir *d, char *err, size_t errlen);
void run_dir_free(struct run_dir *d);

/* The program's starting directory, as a path in its namespace (malloc'd):
 * the host's current directory when it lies inside a mapped directory
 * (through the mapping with the longest host path), or above one that
 * appears under its own path, where the program sees the same path;
 * otherwise "/".  NULL when out of memory. */
char *run_start_dir(const struct run_dir *dirs, int ndirs);

/* The program's environment, built from the options in order. */
struct run_env {
	char **vars;   /* "NAME=VALUE" strings, each malloc'd */
	int count, cap;
	bool explicit_pwd; /* --env set PWD itself */
};

/* --inherit-env: every variable of the host's environment. */
int run_env_inherit(struct run_env *e);
/* --env NAME=VALUE, or --env NAME: the host's value of NAME, if it has
 * one.  A later setting of a name replaces an earlier one.  0 or -1 (out
 * of memory). */
int run_env_option(struct run_env *e, const char *arg);
/* PWD for the libc to start in `start` (docs/runtime-wasi.md): set unless
 * --env gave PWD; left out when the program starts in "/" and nothing
 * inherited names another directory. */
int run_env_set_pwd(struct run_env *e, const char *start);
void run_env_free(struct run_env *e);

#endif
