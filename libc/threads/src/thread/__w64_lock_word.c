#include "w64_pthread.h"

/* The three-state lock of Drepper's "Futexes Are Tricky": releasing a
 * word that was never 2 needs no notify. */
int __w64_lock_take(int *word, clockid_t clock, const struct timespec *abstime)
{
	int c = 0;
	if (__atomic_compare_exchange_n(word, &c, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return 0;
	if (c != 2)
		c = __atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE);
	while (c != 0) {
		int err = __w64_futex_wait(word, 2, clock, abstime);
		if (err != 0)
			return err;
		c = __atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE);
	}
	return 0;
}

void __w64_lock_give(int *word)
{
	if (__atomic_fetch_sub(word, 1, __ATOMIC_RELEASE) != 1) {
		__atomic_store_n(word, 0, __ATOMIC_RELEASE);
		__w64_futex_wake(word, 1);
	}
}
