/*
 * time.h: the types and constants.  The functions (time, clock,
 * clock_gettime, gmtime, strftime…) arrive with the time layer; until then
 * nothing is declared that would not link.
 */
#ifndef _TIME_H
#define _TIME_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#include <bits/timespec.h>
#include <bits/types.h>

#ifndef __w64_defined_time_t
#define __w64_defined_time_t
typedef __w64_time_t time_t;
#endif

#ifndef __w64_defined_clock_t
#define __w64_defined_clock_t
typedef __w64_clock_t clock_t;
#endif

/* clock() will count microseconds, as POSIX requires of XSI systems. */
#define CLOCKS_PER_SEC ((clock_t)1000000)
#define TIME_UTC 1

struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
	long tm_gmtoff;
	const char *tm_zone;
};

#endif
