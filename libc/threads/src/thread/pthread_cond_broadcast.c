#include <pthread.h>
#include <stdint.h>

#include "w64_pthread.h"

int pthread_cond_broadcast(pthread_cond_t *cond)
{
	__atomic_add_fetch(&cond->__seq, 1, __ATOMIC_RELEASE);
	__w64_futex_wake(&cond->__seq, INT32_MAX);
	return 0;
}
