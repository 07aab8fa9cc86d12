#include <string.h>

#include "w64_string.h"

char *strerror(int err)
{
	static char unknown[W64_UNKNOWN_ERRMSG_SIZE];
	const char *msg = __w64_errmsg(err);

	/* The program must not modify the string; the cast only follows
	 * strerror's historical prototype. */
	return msg ? (char *)msg : __w64_unknown_errmsg(unknown, err);
}
