#include <pthread.h>

#include "w64_pthread.h"

int pthread_attr_init(pthread_attr_t *attr)
{
	attr->__detach = PTHREAD_CREATE_JOINABLE;
	attr->__stacksize = W64_THREAD_STACK_DEFAULT;
	attr->__guardsize = 0;
	return 0;
}
