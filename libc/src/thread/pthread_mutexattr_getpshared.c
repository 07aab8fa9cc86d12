#include <pthread.h>

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict attr, int *restrict pshared)
{
	*pshared = attr->__pshared;
	return 0;
}
