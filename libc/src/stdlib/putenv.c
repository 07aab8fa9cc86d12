#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_environ.h"
#include "w64_errno.h"

/*
 * The string itself becomes part of the environment (a later change to
 * it changes the variable), as POSIX says.  A string without '=' removes
 * the variable of that name, as glibc does; an empty name is EINVAL.
 */
int putenv(char *string)
{
	const char *eq = strchr(string, '=');
	if (eq == NULL) {
		if (*string == '\0')
			return __w64_set_errno(EINVAL);
		__w64_env_remove(string, strlen(string));
		return 0;
	}
	if (eq == string)
		return __w64_set_errno(EINVAL);
	return __w64_env_put(string, (size_t)(eq - string), 0);
}
