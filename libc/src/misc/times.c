#include <errno.h>
#include <sys/times.h>
#include <time.h>

#include "w64_errno.h"
#include "w64_time.h"

/*
 * CPU time as getrusage reports it (all of it user time), in ticks of
 * 1/100 s; the return value is the monotonic clock in the same ticks,
 * an arbitrary but fixed origin as POSIX allows.
 */
clock_t times(struct tms *buf)
{
	uint64_t cpu, now;
	int err = __w64_clock_ns(CLOCK_PROCESS_CPUTIME_ID, &cpu);
	if (err == 0)
		err = __w64_clock_ns(CLOCK_MONOTONIC, &now);
	if (err)
		return (clock_t)__w64_set_errno(err);
	buf->tms_utime = (clock_t)(cpu / 10000000u);
	buf->tms_stime = 0;
	buf->tms_cutime = 0;
	buf->tms_cstime = 0;
	return (clock_t)(now / 10000000u);
}
