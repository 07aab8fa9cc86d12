#include <errno.h>
#include <semaphore.h>

#include "w64_errno.h"
#include "w64_pthread.h"

int sem_post(sem_t *sem)
{
	int count = __atomic_load_n(&sem->__count, __ATOMIC_RELAXED);
	do {
		if (count == SEM_VALUE_MAX)
			return __w64_set_errno(EOVERFLOW);
	} while (!__atomic_compare_exchange_n(&sem->__count, &count, count + 1, 0, __ATOMIC_RELEASE,
					      __ATOMIC_RELAXED));
	__w64_futex_wake(&sem->__count, 1);
	return 0;
}
