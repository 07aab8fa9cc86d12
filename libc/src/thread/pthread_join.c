#include <errno.h>
#include <pthread.h>

#include "w64_thread.h"

/* Joining itself is EDEADLK; there is no other thread (ESRCH). */
int pthread_join(pthread_t thread, void **value)
{
	(void)value;
	return thread == W64_MAIN_THREAD ? EDEADLK : ESRCH;
}
