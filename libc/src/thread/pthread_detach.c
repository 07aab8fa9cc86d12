#include <errno.h>
#include <pthread.h>

#include "w64_thread.h"

/* The one thread may be detached (nothing changes); no other exists. */
int pthread_detach(pthread_t thread)
{
	return thread == W64_MAIN_THREAD ? 0 : ESRCH;
}
