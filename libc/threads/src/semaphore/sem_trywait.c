#include <errno.h>
#include <semaphore.h>

#include "w64_errno.h"

int sem_trywait(sem_t *sem)
{
	int count = __atomic_load_n(&sem->__count, __ATOMIC_ACQUIRE);
	while (count > 0)
		if (__atomic_compare_exchange_n(&sem->__count, &count, count - 1, 0, __ATOMIC_ACQUIRE,
						__ATOMIC_ACQUIRE))
			return 0;
	return __w64_set_errno(EAGAIN);
}
