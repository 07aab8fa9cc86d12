#include <errno.h>
#include <pthread.h>

/* A barrier for one thread opens at once (the caller is the serial
 * thread); one for more could never open: EDEADLK. */
int pthread_barrier_wait(pthread_barrier_t *barrier)
{
	return barrier->__count == 1 ? PTHREAD_BARRIER_SERIAL_THREAD : EDEADLK;
}
