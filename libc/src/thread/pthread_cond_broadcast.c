#include <pthread.h>

/* No thread can be waiting on it. */
int pthread_cond_broadcast(pthread_cond_t *cond)
{
	(void)cond;
	return 0;
}
