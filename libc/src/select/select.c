#include <errno.h>
#include <stddef.h>
#include <sys/select.h>

#include "w64_errno.h"
#include "w64_select.h"

/* *timeout is left as it was (POSIX allows either). */
int select(int nfds, fd_set *restrict readfds, fd_set *restrict writefds,
	   fd_set *restrict exceptfds, struct timeval *restrict timeout)
{
	int64_t ns = -1;
	if (timeout != NULL) {
		if (timeout->tv_sec < 0 || timeout->tv_usec < 0 || timeout->tv_usec >= 1000000)
			return __w64_set_errno(EINVAL);
		ns = timeout->tv_sec > INT64_MAX / 1000000000 - 1
			     ? INT64_MAX
			     : timeout->tv_sec * 1000000000 + timeout->tv_usec * 1000;
	}
	return __w64_select(nfds, readfds, writefds, exceptfds, ns);
}
