#include <errno.h>
#include <time.h>

#include "w64_thread.h"

int __w64_wait_until(clockid_t clock, const struct timespec *abstime)
{
	if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000L)
		return EINVAL;
	if (abstime->tv_sec >= 0) {
		int err;
		while ((err = clock_nanosleep(clock, TIMER_ABSTIME, abstime, NULL)) == EINTR) {
		}
		if (err == EINVAL)
			return EINVAL;
	}
	return ETIMEDOUT;
}
