#include <errno.h>
#include <stdint.h>
#include <time.h>

#include "w64_pthread.h"

/* memory.atomic.wait32 takes a relative timeout in nanoseconds; POSIX
 * gives an absolute time on a clock, so the distance is measured here
 * (a wait that the clock jumps under ends early or late, as glibc's
 * relative futex waits on CLOCK_REALTIME do). */
int __w64_futex_wait(int *word, int expected, clockid_t clock, const struct timespec *abstime)
{
	int64_t timeout = -1;
	if (abstime != NULL) {
		if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000L)
			return EINVAL;
		struct timespec now;
		if (clock_gettime(clock, &now) != 0)
			return EINVAL;
		if (abstime->tv_sec < now.tv_sec ||
		    (abstime->tv_sec == now.tv_sec && abstime->tv_nsec <= now.tv_nsec))
			return ETIMEDOUT;
		int64_t sec = (int64_t)abstime->tv_sec - (int64_t)now.tv_sec;
		/* Past ~292 years the wait has no limit worth computing. */
		if (sec < INT64_MAX / 1000000000 - 1)
			timeout = sec * 1000000000 + (abstime->tv_nsec - now.tv_nsec);
	}
	if (__builtin_wasm_memory_atomic_wait32(word, expected, timeout) == 2)
		return ETIMEDOUT;
	return 0;
}

void __w64_futex_wake(int *word, int count)
{
	__builtin_wasm_memory_atomic_notify(word, (unsigned)count);
}
