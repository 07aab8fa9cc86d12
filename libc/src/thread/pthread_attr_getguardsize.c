#include <pthread.h>

int pthread_attr_getguardsize(const pthread_attr_t *restrict attr, size_t *restrict size)
{
	*size = attr->__guardsize;
	return 0;
}
