#include <errno.h>
#include <pthread.h>

#include "w64_thread.h"

/* No other thread exists (ESRCH).  Cancelling itself would need
 * unwinding at cancellation points, which this libc does not do:
 * ENOTSUP. */
int pthread_cancel(pthread_t thread)
{
	return thread == W64_MAIN_THREAD ? ENOTSUP : ESRCH;
}
