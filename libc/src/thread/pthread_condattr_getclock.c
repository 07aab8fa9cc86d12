#include <pthread.h>

int pthread_condattr_getclock(const pthread_condattr_t *restrict attr, clockid_t *restrict clock)
{
	*clock = attr->__clock;
	return 0;
}
