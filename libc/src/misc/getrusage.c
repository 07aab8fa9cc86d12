#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "w64_errno.h"
#include "w64_time.h"

/*
 * The user time is WASI's process CPU clock (what clock() reports); WASI
 * does not split user from system time, so the system time is 0, and it
 * counts nothing else (the other fields are 0).  There are no children.
 */
int getrusage(int who, struct rusage *usage)
{
	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD)
		return __w64_set_errno(EINVAL);
	memset(usage, 0, sizeof *usage);
	if (who == RUSAGE_CHILDREN)
		return 0;
	uint64_t ns;
	int err = __w64_clock_ns(CLOCK_PROCESS_CPUTIME_ID, &ns);
	if (err)
		return __w64_set_errno(err);
	usage->ru_utime.tv_sec = (time_t)(ns / 1000000000u);
	usage->ru_utime.tv_usec = (suseconds_t)(ns % 1000000000u / 1000u);
	return 0;
}
