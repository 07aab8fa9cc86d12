#include <errno.h>
#include <signal.h>
#include <stddef.h>

#include "w64_signal.h"

/* Returns the error number itself, as POSIX says, not through errno. */
int sigwait(const sigset_t *restrict set, int *restrict sig)
{
	int r;
	/* An alarm's handler that returns does not end sigwait (POSIX: it
	 * never fails with EINTR); the wait goes on. */
	while ((r = __w64_sigwait(set, NULL)) == -EINTR)
		;
	if (r < 0)
		return -r;
	*sig = r;
	return 0;
}
