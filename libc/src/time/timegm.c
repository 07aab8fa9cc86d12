#include <time.h>

#include "w64_time.h"

time_t timegm(struct tm *tm)
{
	return __w64_tm_to_time(tm, "GMT");
}
