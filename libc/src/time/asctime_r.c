#include <errno.h>
#include <stdio.h>
#include <time.h>

#include "w64_errno.h"
#include "w64_time.h"

/* "Sun Sep 16 01:03:52 1973\n" (C11 7.27.3.1); buf holds 26 bytes.  A
 * field out of its range, or a year past 4 digits, is EOVERFLOW. */
char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	if (tm->tm_wday < 0 || tm->tm_wday > 6 || tm->tm_mon < 0 || tm->tm_mon > 11 ||
	    tm->tm_year > 9999 - 1900 || tm->tm_year < -1900) {
		__w64_set_errno(EOVERFLOW);
		return NULL;
	}
	int n = snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", __w64_day_names[tm->tm_wday],
			 __w64_month_names[tm->tm_mon], tm->tm_mday, tm->tm_hour, tm->tm_min,
			 tm->tm_sec, 1900 + tm->tm_year);
	if (n < 0 || n >= 26) {
		__w64_set_errno(EOVERFLOW);
		return NULL;
	}
	return buf;
}
