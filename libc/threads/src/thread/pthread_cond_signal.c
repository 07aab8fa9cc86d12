#include <pthread.h>

#include "w64_pthread.h"

int pthread_cond_signal(pthread_cond_t *cond)
{
	__atomic_add_fetch(&cond->__seq, 1, __ATOMIC_RELEASE);
	__w64_futex_wake(&cond->__seq, 1);
	return 0;
}
