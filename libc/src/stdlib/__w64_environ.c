#include <stdint.h>
#include <stdlib.h>

#include "w64_environ.h"
#include "w64_host.h"

/* The host's environment, kept for the whole run: its strings stay in
 * use after setenv or clearenv replace the array. */
static char **host_vec;
static int loaded;

char **__w64_environ(void)
{
	if (loaded)
		return __environ;

	size_t count, buf_size;
	if (__w64_host_environ_sizes_get(&count, &buf_size) != 0)
		return NULL;
	if (count >= SIZE_MAX / sizeof(char *) - 1)
		return NULL;
	/* One allocation: the pointer array, then the strings. */
	size_t vec_size = (count + 1) * sizeof(char *);
	if (buf_size > SIZE_MAX - vec_size)
		return NULL;
	char **vec = malloc(vec_size + buf_size);
	if (vec == NULL)
		return NULL;
	if (__w64_host_environ_get(vec, (char *)(vec + count + 1)) != 0) {
		free(vec);
		return NULL;
	}
	vec[count] = NULL;
	host_vec = vec;
	__environ = vec;
	loaded = 1;
	return __environ;
}
