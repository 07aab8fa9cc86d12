#include <errno.h>
#include <semaphore.h>
#include <time.h>

#include "w64_errno.h"
#include "w64_pthread.h"

/* The count is the word a waiter sleeps on, while it reads 0. */
int sem_clockwait(sem_t *restrict sem, clockid_t clock, const struct timespec *restrict abstime)
{
	for (;;) {
		int count = __atomic_load_n(&sem->__count, __ATOMIC_ACQUIRE);
		if (count > 0) {
			if (__atomic_compare_exchange_n(&sem->__count, &count, count - 1, 0,
							__ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
				return 0;
			continue;
		}
		if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
			return __w64_set_errno(EINVAL);
		int err = __w64_futex_wait(&sem->__count, 0, clock, abstime);
		if (err != 0)
			return __w64_set_errno(err);
	}
}
