#include <errno.h>
#include <pthread.h>

/* WASI preview 1 runs one thread: no resources for another. */
int pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attr,
		   void *(*start)(void *), void *restrict arg)
{
	(void)thread;
	(void)attr;
	(void)start;
	(void)arg;
	return EAGAIN;
}
