#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "w64_errno.h"

/*
 * _CS_PATH is the usual "/bin:/usr/bin" (there is nothing to run in
 * either: no program can be started); the compilation environment names
 * have empty values.  Returns the size needed, NUL included, and copies
 * what fits.
 */
size_t confstr(int name, char *buf, size_t len)
{
	const char *value;
	if (name == _CS_PATH)
		value = "/bin:/usr/bin";
	else if ((name >= _CS_POSIX_V6_ILP32_OFF32_CFLAGS && name <= _CS_V7_ENV) ||
		 name == _CS_POSIX_V6_WIDTH_RESTRICTED_ENVS ||
		 name == _CS_POSIX_V5_WIDTH_RESTRICTED_ENVS ||
		 name == _CS_POSIX_V7_WIDTH_RESTRICTED_ENVS)
		value = "";
	else {
		/* Unknown, or glibc's own version names (this is not glibc). */
		__w64_set_errno(EINVAL);
		return 0;
	}
	size_t need = strlen(value) + 1;
	if (buf != NULL && len > 0) {
		size_t n = need < len ? need : len;
		memcpy(buf, value, n - 1);
		buf[n - 1] = '\0';
	}
	return need;
}
