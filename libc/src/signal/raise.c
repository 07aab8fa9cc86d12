#include <errno.h>
#include <signal.h>

#include "w64_errno.h"
#include "w64_signal.h"

/* A blocked signal waits in the pending set until it is unblocked
 * (as on Linux, also when its action is to ignore it). */
int raise(int sig)
{
	if (sig <= 0 || sig >= NSIG)
		return __w64_set_errno(EINVAL);
	if (__w64_sigmask & W64_SIGBIT(sig)) {
		__w64_sigpending |= W64_SIGBIT(sig);
		return 0;
	}
	__w64_signal_deliver(sig);
	return 0;
}
