#include <time.h>

#include "w64_errno.h"
#include "w64_time.h"

time_t time(time_t *t)
{
	uint64_t ns;
	int err = __w64_clock_ns(CLOCK_REALTIME, &ns);

	if (err != 0)
		return __w64_set_errno(err);
	time_t now = (time_t)(ns / 1000000000u);
	if (t != NULL)
		*t = now;
	return now;
}
