#include <errno.h>
#include <stddef.h>
#include <signal.h>
#include <sys/select.h>

#include "w64_errno.h"
#include "w64_select.h"
#include "w64_signal.h"

/* With sigmask in place for the call: a pending signal it unblocks is
 * delivered first and the call fails with EINTR, as POSIX says. */
int pselect(int nfds, fd_set *restrict readfds, fd_set *restrict writefds,
	    fd_set *restrict exceptfds, const struct timespec *restrict timeout,
	    const sigset_t *restrict sigmask)
{
	int64_t ns = -1;
	if (timeout != NULL) {
		if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000)
			return __w64_set_errno(EINVAL);
		ns = timeout->tv_sec > INT64_MAX / 1000000000 - 1
			     ? INT64_MAX
			     : timeout->tv_sec * 1000000000 + timeout->tv_nsec;
	}
	if (sigmask != NULL) {
		uint64_t saved = __w64_sigmask;
		int delivered = __w64_signal_setmask(sigmask->__bits);
		__w64_signal_setmask(saved);
		if (delivered)
			return __w64_set_errno(EINTR);
	}
	return __w64_select(nfds, readfds, writefds, exceptfds, ns);
}
