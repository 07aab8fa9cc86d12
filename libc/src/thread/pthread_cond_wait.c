#include <errno.h>
#include <pthread.h>

/* No other thread could ever signal the condition: instead of waiting
 * forever, EDEADLK (EPERM when the caller does not hold the mutex). */
int pthread_cond_wait(pthread_cond_t *restrict cond, pthread_mutex_t *restrict mutex)
{
	(void)cond;
	return mutex->__count == 0 ? EPERM : EDEADLK;
}
