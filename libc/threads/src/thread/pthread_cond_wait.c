#include <pthread.h>

int pthread_cond_wait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex)
{
	return pthread_cond_timedwait(cond, mutex, NULL);
}
