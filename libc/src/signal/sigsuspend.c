#include <errno.h>
#include <signal.h>

#include "w64_errno.h"
#include "w64_signal.h"

/*
 * Waits for a signal with `mask` in place: a pending signal it unblocks
 * is delivered at once, or an alarm (when one is set and not blocked) is
 * slept for.  With neither, nothing could ever arrive — WASI sends no
 * signals and there is no other thread — so instead of waiting forever
 * it fails with EDEADLK.
 */
int sigsuspend(const sigset_t *mask)
{
	uint64_t saved = __w64_sigmask;
	int delivered = __w64_signal_setmask(mask->__bits);
	if (delivered == 0)
		delivered = __w64_alarm_wait();
	__w64_signal_setmask(saved);
	return __w64_set_errno(delivered ? EINTR : EDEADLK);
}
