#include <sys/time.h>
#include <time.h>

#include "w64_errno.h"
#include "w64_time.h"

int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	uint64_t ns;
	int err = __w64_clock_ns(CLOCK_REALTIME, &ns);

	(void)tz;
	if (err != 0)
		return __w64_set_errno(err);
	if (tv != NULL) {
		tv->tv_sec = (time_t)(ns / 1000000000u);
		tv->tv_usec = (suseconds_t)(ns % 1000000000u / 1000u);
	}
	return 0;
}
