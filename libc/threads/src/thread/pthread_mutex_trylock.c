#include <errno.h>
#include <limits.h>
#include <pthread.h>

int pthread_mutex_trylock(pthread_mutex_t *mutex)
{
	pthread_t self = pthread_self();
	if (mutex->__type == PTHREAD_MUTEX_RECURSIVE &&
	    __atomic_load_n(&mutex->__owner, __ATOMIC_RELAXED) == self) {
		if (mutex->__count == INT_MAX)
			return EAGAIN;
		mutex->__count++;
		return 0;
	}
	int free_word = 0;
	if (!__atomic_compare_exchange_n(&mutex->__lock, &free_word, 1, 0, __ATOMIC_ACQUIRE,
					 __ATOMIC_RELAXED))
		return EBUSY;
	__atomic_store_n(&mutex->__owner, self, __ATOMIC_RELAXED);
	mutex->__count = 1;
	return 0;
}
