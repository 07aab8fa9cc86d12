#include <pthread.h>

int pthread_attr_init(pthread_attr_t *attr)
{
	attr->__detach = PTHREAD_CREATE_JOINABLE;
	attr->__stacksize = 65536;
	attr->__guardsize = 0;
	return 0;
}
