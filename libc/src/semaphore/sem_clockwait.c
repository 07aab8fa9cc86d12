#include <errno.h>
#include <semaphore.h>
#include <time.h>

#include "w64_errno.h"

/* Nothing can post meanwhile: a semaphore at 0 is still 0 when abstime
 * comes, so the wait sleeps until then and times out.  The time is
 * checked only when the wait must sleep, as POSIX says. */
int sem_clockwait(sem_t *restrict sem, clockid_t clock, const struct timespec *restrict abstime)
{
	if (sem->__count > 0) {
		sem->__count--;
		return 0;
	}
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return __w64_set_errno(EINVAL);
	if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000)
		return __w64_set_errno(EINVAL);
	int err = clock_nanosleep(clock, TIMER_ABSTIME, abstime, NULL);
	return __w64_set_errno(err != 0 ? err : ETIMEDOUT);
}
