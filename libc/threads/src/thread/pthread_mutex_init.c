#include <pthread.h>

int pthread_mutex_init(pthread_mutex_t *restrict mutex, const pthread_mutexattr_t *restrict attr)
{
	mutex->__type = attr != NULL ? attr->__type : PTHREAD_MUTEX_DEFAULT;
	mutex->__lock = 0;
	mutex->__owner = 0;
	mutex->__count = 0;
	return 0;
}
