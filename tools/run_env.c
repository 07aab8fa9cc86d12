/* wasm64-run's directories, starting directory and environment.
 *
 * A directory given without a guest name appears under its own canonical
 * absolute path, so the paths a user types on the host (absolute, or
 * relative to where the program starts) name the same files inside.  The
 * program then starts where the user is, when that place exists in its
 * namespace; the libc learns it from PWD (docs/libc.md), the convention a
 * shell already follows. */
#include "run_env.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

int run_dir_parse(const char *spec, struct run_dir *d, char *err, size_t errlen)
{
	const char *sep = strstr(spec, "::");
	*d = (struct run_dir){0};
	d->host = sep ? strndup(spec, (size_t)(sep - spec)) : strdup(spec);
	if (!d->host)
		goto nomem;
	d->real = realpath(d->host, NULL);
	if (!d->real) {
		snprintf(err, errlen, "%s: %s", d->host, strerror(errno));
		run_dir_free(d);
		return -1;
	}
	d->guest = strdup(sep ? sep + 2 : d->real);
	if (!d->guest)
		goto nomem;
	return 0;
nomem:
	snprintf(err, errlen, "%s: out of memory", spec);
	run_dir_free(d);
	return -1;
}

void run_dir_free(struct run_dir *d)
{
	free(d->host);
	free(d->guest);
	free(d->real);
	*d = (struct run_dir){0};
}

/* Whether `path` is `dir` or lies below it (both canonical). */
static bool inside(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	if (n == 1)
		return true; /* "/" */
	return strncmp(path, dir, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

char *run_start_dir(const struct run_dir *dirs, int ndirs)
{
	char *cwd = getcwd(NULL, 0);
	if (!cwd)
		return strdup("/"); /* removed, or unreadable: nowhere to start but the root */
	const struct run_dir *best = NULL;
	bool above = false;
	for (int i = 0; i < ndirs; i++) {
		const struct run_dir *d = &dirs[i];
		/* A relative guest name is placed relative to where the program
		 * starts (the libc's rule), so it cannot say where that is. */
		if (d->guest[0] != '/')
			continue;
		if (inside(cwd, d->real) && (!best || strlen(d->real) > strlen(best->real)))
			best = d;
		/* Above a directory mapped under its own path: the program's
		 * namespace has cwd's path too, with that directory below it. */
		above |= strcmp(d->guest, d->real) == 0 && inside(d->real, cwd);
	}
	char *start;
	if (best) {
		const char *guest = best->guest;
		size_t g = strlen(guest);
		while (g > 0 && guest[g - 1] == '/')
			g--;
		const char *rest = strcmp(best->real, "/") == 0 ? cwd : cwd + strlen(best->real);
		if (strcmp(rest, "/") == 0)
			rest = "";
		size_t n = g + strlen(rest) + 3;
		start = malloc(n);
		if (start)
			snprintf(start, n, "%.*s%s", (int)g, guest, rest);
		if (start && start[0] == '\0')
			strcpy(start, "/");
	} else {
		start = strdup(above ? cwd : "/");
	}
	free(cwd);
	return start;
}

static bool same_name(const char *a, const char *b)
{
	size_t n = strcspn(a, "=");
	return strncmp(a, b, n) == 0 && b[n] == '=';
}

/* Adds "NAME=VALUE" (taking ownership), replacing a variable of that name. */
static int put(struct run_env *e, char *var)
{
	if (!var)
		return -1;
	for (int i = 0; i < e->count; i++)
		if (same_name(var, e->vars[i])) {
			free(e->vars[i]);
			e->vars[i] = var;
			return 0;
		}
	if (e->count + 1 >= e->cap) {
		int cap = e->cap ? 2 * e->cap : 16;
		char **v = realloc(e->vars, (size_t)cap * sizeof *v);
		if (!v) {
			free(var);
			return -1;
		}
		e->vars = v;
		e->cap = cap;
	}
	e->vars[e->count++] = var;
	e->vars[e->count] = NULL;
	return 0;
}

int run_env_inherit(struct run_env *e)
{
	for (char **v = environ; *v; v++)
		if (strchr(*v, '=') && put(e, strdup(*v)) != 0)
			return -1;
	return 0;
}

int run_env_option(struct run_env *e, const char *arg)
{
	if (strncmp(arg, "PWD=", 4) == 0 || strcmp(arg, "PWD") == 0)
		e->explicit_pwd = true;
	if (strchr(arg, '='))
		return put(e, strdup(arg));
	const char *value = getenv(arg);
	if (!value)
		return 0; /* unset on the host: unset for the program */
	size_t n = strlen(arg) + strlen(value) + 2;
	char *var = malloc(n);
	if (var)
		snprintf(var, n, "%s=%s", arg, value);
	return put(e, var);
}

int run_env_set_pwd(struct run_env *e, const char *start)
{
	if (e->explicit_pwd)
		return 0;
	bool inherited = false;
	for (int i = 0; i < e->count; i++)
		inherited |= same_name("PWD=", e->vars[i]);
	if (strcmp(start, "/") == 0 && !inherited)
		return 0;
	size_t n = strlen(start) + 5;
	char *var = malloc(n);
	if (var)
		snprintf(var, n, "PWD=%s", start);
	return put(e, var);
}

void run_env_free(struct run_env *e)
{
	for (int i = 0; i < e->count; i++)
		free(e->vars[i]);
	free(e->vars);
	*e = (struct run_env){0};
}
