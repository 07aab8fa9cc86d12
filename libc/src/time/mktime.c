#include <time.h>

#include "w64_time.h"

/* Local time is UTC: tm_isdst is ignored on input and 0 on output. */
time_t mktime(struct tm *tm)
{
	return __w64_tm_to_time(tm, "UTC");
}
