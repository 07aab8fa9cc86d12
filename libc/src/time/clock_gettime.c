#include <time.h>

#include "w64_errno.h"
#include "w64_time.h"

int clock_gettime(clockid_t id, struct timespec *ts)
{
	uint64_t ns;
	int err = __w64_clock_ns(id, &ns);

	if (err != 0)
		return __w64_set_errno(err);
	ts->tv_sec = (time_t)(ns / 1000000000u);
	ts->tv_nsec = (long)(ns % 1000000000u);
	return 0;
}
