#include <errno.h>
#include <pthread.h>
#include <signal.h>

#include "w64_thread.h"

/* To the one thread: raise.  Returns an error number. */
int pthread_kill(pthread_t thread, int sig)
{
	if (sig < 0 || sig >= NSIG)
		return EINVAL;
	if (thread != W64_MAIN_THREAD)
		return ESRCH;
	if (sig != 0)
		raise(sig);
	return 0;
}
