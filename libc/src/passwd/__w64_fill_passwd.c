#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_user.h"

/* Appends s to the buffer; NULL when it does not fit. */
static char *put(char **at, char *end, const char *s)
{
	size_t n = strlen(s) + 1;
	if ((size_t)(end - *at) < n)
		return NULL;
	char *p = memcpy(*at, s, n);
	*at += n;
	return p;
}

int __w64_fill_passwd(struct passwd *pw, char *buf, size_t size)
{
	const char *home = getenv("HOME");
	if (home == NULL || *home == '\0')
		home = "/";
	char *at = buf, *end = buf + size;
	pw->pw_name = put(&at, end, W64_USER_NAME);
	pw->pw_passwd = put(&at, end, "x");
	pw->pw_gecos = put(&at, end, "");
	pw->pw_dir = put(&at, end, home);
	pw->pw_shell = put(&at, end, "");
	if (pw->pw_name == NULL || pw->pw_passwd == NULL || pw->pw_gecos == NULL ||
	    pw->pw_dir == NULL || pw->pw_shell == NULL)
		return ERANGE;
	pw->pw_uid = W64_UID;
	pw->pw_gid = W64_GID;
	return 0;
}
