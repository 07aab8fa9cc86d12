#include <errno.h>
#include <pthread.h>

#include "w64_pthread.h"
#include "w64_rwlock.h"

/* The state (readers, or -1 for a writer) changes under the lock word;
 * who cannot have the lock sleeps on the sequence word, which every
 * unlock advances.  Readers are not held back by waiting writers. */
int __w64_rwlock_take(pthread_rwlock_t *lock, int write, int try, const struct timespec *abstime)
{
	for (;;) {
		__w64_lock_take(&lock->__lock, CLOCK_REALTIME, NULL);
		int ok = write ? lock->__readers == 0 : lock->__readers >= 0;
		if (ok) {
			lock->__readers = write ? -1 : lock->__readers + 1;
			__w64_lock_give(&lock->__lock);
			return 0;
		}
		int seq = __atomic_load_n(&lock->__seq, __ATOMIC_ACQUIRE);
		__w64_lock_give(&lock->__lock);
		if (try)
			return EBUSY;
		int err = __w64_futex_wait(&lock->__seq, seq, CLOCK_REALTIME, abstime);
		if (err != 0)
			return err;
	}
}
