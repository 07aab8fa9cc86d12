#include <stdlib.h>
#include <string.h>

#include "w64_environ.h"

char *getenv(const char *name)
{
	size_t len = strlen(name);
	char **env = __w64_environ();

	/* A name with '=' in it can match nothing. */
	if (env == NULL || len == 0 || memchr(name, '=', len) != NULL)
		return NULL;
	for (; *env != NULL; env++) {
		if (strncmp(*env, name, len) == 0 && (*env)[len] == '=')
			return *env + len + 1;
	}
	return NULL;
}
