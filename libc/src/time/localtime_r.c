#include <time.h>

#include "w64_errno.h"
#include "w64_time.h"

/* Local time is UTC. */
struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	int err = __w64_time_to_tm(*t, tm, "UTC");

	if (err != 0) {
		__w64_set_errno(err);
		return NULL;
	}
	return tm;
}
