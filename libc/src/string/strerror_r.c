#include <errno.h>
#include <string.h>

#include "w64_string.h"

/* The POSIX (XSI) strerror_r: 0; EINVAL for an unknown number (the
 * buffer still gets "Unknown error N"); ERANGE when truncated. */
int strerror_r(int err, char *buf, size_t len)
{
	char tmp[W64_UNKNOWN_ERRMSG_SIZE];
	const char *msg = __w64_errmsg(err);
	int ret = 0;

	if (msg == NULL) {
		msg = __w64_unknown_errmsg(tmp, err);
		ret = EINVAL;
	}
	if (len == 0)
		return ERANGE;
	size_t n = strlen(msg);
	if (n >= len) {
		n = len - 1;
		ret = ERANGE;
	}
	memcpy(buf, msg, n);
	buf[n] = '\0';
	return ret;
}
