#include <errno.h>
#include <stddef.h>
#include <signal.h>

#include "w64_signal.h"

/* Returns an error number (POSIX); sigprocmask is the errno form. */
int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict oset)
{
	uint64_t old = __w64_sigmask;
	if (set != NULL) {
		uint64_t mask;
		switch (how) {
		case SIG_BLOCK: mask = old | set->__bits; break;
		case SIG_UNBLOCK: mask = old & ~set->__bits; break;
		case SIG_SETMASK: mask = set->__bits; break;
		default: return EINVAL;
		}
		if (oset != NULL)
			oset->__bits = old;
		__w64_signal_setmask(mask);
		return 0;
	}
	if (oset != NULL)
		oset->__bits = old;
	return 0;
}
