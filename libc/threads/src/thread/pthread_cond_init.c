#include <pthread.h>

int pthread_cond_init(pthread_cond_t *restrict cond, const pthread_condattr_t *restrict attr)
{
	cond->__clock = attr != NULL ? attr->__clock : CLOCK_REALTIME;
	cond->__seq = 0;
	return 0;
}
