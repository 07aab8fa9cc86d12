#include <pthread.h>

int pthread_mutex_lock(pthread_mutex_t *mutex)
{
	return pthread_mutex_timedlock(mutex, NULL);
}
