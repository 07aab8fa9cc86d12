#include <errno.h>
#include <pthread.h>

int pthread_barrier_init(pthread_barrier_t *restrict barrier,
			 const pthread_barrierattr_t *restrict attr, unsigned count)
{
	(void)attr;
	if (count == 0)
		return EINVAL;
	barrier->__lock = 0;
	barrier->__count = count;
	barrier->__arrived = 0;
	barrier->__seq = 0;
	return 0;
}
