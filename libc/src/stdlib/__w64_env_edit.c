#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_environ.h"
#include "w64_errno.h"

/*
 * The environment's bookkeeping for setenv, putenv, unsetenv and
 * clearenv.  The pointer array is copied into one the libc owns before
 * the first change (the host's, or one the program assigned to environ,
 * is never written), and grows by doubling.  The strings setenv
 * allocated are remembered, so that each is freed when its variable is
 * replaced or removed; putenv's strings stay the caller's.
 */
static char **own_vec;
static size_t own_cap; /* pointers own_vec holds room for, NULL included */
static char **allocated;
static size_t allocated_len, allocated_cap;

static size_t env_len(char **env)
{
	size_t n = 0;
	while (env != NULL && env[n] != NULL)
		n++;
	return n;
}

/* Frees s if setenv allocated it. */
static void drop(char *s)
{
	for (size_t i = 0; i < allocated_len; i++) {
		if (allocated[i] == s) {
			allocated[i] = allocated[--allocated_len];
			free(s);
			return;
		}
	}
}

static int remember(char *s)
{
	if (allocated_len == allocated_cap) {
		size_t cap = allocated_cap ? allocated_cap * 2 : 8;
		char **p = realloc(allocated, cap * sizeof *p);
		if (p == NULL)
			return -1;
		allocated = p;
		allocated_cap = cap;
	}
	allocated[allocated_len++] = s;
	return 0;
}

/* An owned array with room for `need` pointers beyond the NULL. */
static char **own(size_t len, size_t need)
{
	char **env = __environ;
	if (env == own_vec && env != NULL && len + need + 1 <= own_cap)
		return env;
	size_t cap = own_cap > len + need + 1 ? own_cap : (len + need + 1) * 2;
	char **p = env == own_vec ? realloc(own_vec, cap * sizeof *p) : malloc(cap * sizeof *p);
	if (p == NULL)
		return NULL;
	if (env != own_vec && len > 0)
		memcpy(p, env, len * sizeof *p);
	p[len] = NULL;
	if (env != own_vec)
		free(own_vec);
	own_vec = p;
	own_cap = cap;
	__environ = p;
	return p;
}

int __w64_env_put(char *entry, size_t name_len, int owned)
{
	char **env = __w64_environ();
	size_t len = env_len(env);

	for (size_t i = 0; i < len; i++) {
		if (strncmp(env[i], entry, name_len) == 0 && env[i][name_len] == '=') {
			if (owned && remember(entry) != 0)
				goto no_memory;
			env = own(len, 0);
			if (env == NULL)
				goto no_memory;
			char *old = env[i];
			env[i] = entry;
			if (old != entry)
				drop(old);
			return 0;
		}
	}
	if (owned && remember(entry) != 0)
		goto no_memory;
	env = own(len, 1);
	if (env == NULL)
		goto no_memory;
	env[len] = entry;
	env[len + 1] = NULL;
	return 0;

no_memory:
	if (owned) {
		for (size_t i = 0; i < allocated_len; i++)
			if (allocated[i] == entry)
				allocated[i] = allocated[--allocated_len];
		free(entry);
	}
	return __w64_set_errno(ENOMEM);
}

void __w64_env_remove(const char *name, size_t name_len)
{
	char **env = __w64_environ();
	size_t len = env_len(env), kept = 0;

	/* Removing writes the array, so it must be the libc's own; with no
	 * memory to copy it, the variables stay (unsetenv cannot fail so). */
	for (size_t i = 0; i < len; i++) {
		if (strncmp(env[i], name, name_len) == 0 && env[i][name_len] == '=') {
			env = own(len, 0);
			if (env == NULL)
				return;
			break;
		}
	}
	for (size_t i = 0; i < len; i++) {
		if (strncmp(env[i], name, name_len) == 0 && env[i][name_len] == '=')
			drop(env[i]);
		else
			env[kept++] = env[i];
	}
	if (env != NULL && kept != len)
		env[kept] = NULL;
}

void __w64_env_clear(void)
{
	__w64_environ(); /* the host's environment must not come back later */
	while (allocated_len > 0)
		free(allocated[--allocated_len]);
	free(allocated);
	allocated = NULL;
	allocated_cap = 0;
	free(own_vec);
	own_vec = NULL;
	own_cap = 0;
	__environ = NULL;
}
