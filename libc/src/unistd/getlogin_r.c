#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "w64_user.h"

/* Returns an error number (POSIX), not -1. */
int getlogin_r(char *buf, size_t size)
{
	if (size < sizeof W64_USER_NAME)
		return ERANGE;
	memcpy(buf, W64_USER_NAME, sizeof W64_USER_NAME);
	return 0;
}
