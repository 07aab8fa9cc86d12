#include <errno.h>
#include <pthread.h>
#include <signal.h>

/* Signals are the process's (raise runs the handler in the caller);
 * none can be sent to another thread, which wasi-threads cannot
 * interrupt.  Signal 0 only asks whether the thread exists. */
int pthread_kill(pthread_t thread, int sig)
{
	if (sig < 0 || sig >= NSIG)
		return EINVAL;
	if (sig == 0)
		return 0;
	if (thread != pthread_self())
		return ENOTSUP;
	raise(sig);
	return 0;
}
