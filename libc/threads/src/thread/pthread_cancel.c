#include <errno.h>
#include <pthread.h>

/* wasi-threads cannot stop another thread: cancellation is not
 * supported (docs/libc.md). */
int pthread_cancel(pthread_t thread)
{
	(void)thread;
	return ENOTSUP;
}
