#include <errno.h>
#include <time.h>

#include "w64_host.h"

/*
 * One clock subscription to poll_oneoff.  Nothing interrupts a sleep (no
 * signals), so *rem is never written.  Returns an error number, as POSIX
 * has it, and leaves errno alone.
 */
int clock_nanosleep(clockid_t id, int flags, const struct timespec *req, struct timespec *rem)
{
	(void)rem;
	if (req->tv_nsec < 0 || req->tv_nsec >= 1000000000L || req->tv_sec < 0)
		return EINVAL;
	if (flags & ~TIMER_ABSTIME)
		return EINVAL;
	if (id != CLOCK_REALTIME && id != CLOCK_MONOTONIC)
		return id == CLOCK_PROCESS_CPUTIME_ID || id == CLOCK_THREAD_CPUTIME_ID ? ENOTSUP : EINVAL;
	uint64_t ns;
	if ((uint64_t)req->tv_sec > (UINT64_MAX - 999999999u) / 1000000000u)
		ns = UINT64_MAX;
	else
		ns = (uint64_t)req->tv_sec * 1000000000u + (uint64_t)req->tv_nsec;
	if (ns == 0 && !(flags & TIMER_ABSTIME))
		return 0;
	struct __w64_subscription sub = {
		.userdata = 0,
		.tag = 0,
		.clock_id = (uint32_t)id,
		.clock_timeout = ns,
		.clock_precision = 0,
		.clock_flags = (flags & TIMER_ABSTIME) ? 1 : 0,
	};
	struct __w64_event ev;
	size_t n = 0;
	int err = __w64_host_poll_oneoff(&sub, &ev, 1, &n);
	if (err == 0 && n == 1 && ev.error != 0)
		err = ev.error;
	return err;
}
