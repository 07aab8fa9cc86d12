/*
 * The proleptic Gregorian calendar in whole days, with 400-year eras
 * (146097 days each) so that every year, negative ones included, goes
 * through the same arithmetic.  Years are counted from March inside an
 * era, which puts the leap day last and makes month lengths a linear
 * formula: the month starting at March-based index mp begins
 * (153 * mp + 2) / 5 days into the year.
 */
#include <errno.h>
#include <limits.h>

#include "w64_errno.h"
#include "w64_time.h"

int64_t __w64_floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

int64_t __w64_days_from_civil(int64_t y, int m, int d)
{
	if (m <= 2)
		y--;
	int64_t era = __w64_floor_div(y, 400);
	int64_t yoe = y - era * 400;                     /* 0..399 */
	int64_t mp = m > 2 ? m - 3 : m + 9;              /* March is 0 */
	int64_t doy = (153 * mp + 2) / 5 + d - 1;        /* 0..365 */
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;              /* 719468: 0000-03-01 to 1970-01-01 */
}

int __w64_time_to_tm(int64_t t, struct tm *tm, const char *zone)
{
	int64_t days = __w64_floor_div(t, 86400);
	int64_t secs = t - days * 86400;

	int64_t z = days + 719468;
	int64_t era = __w64_floor_div(z, 146097);
	int64_t doe = z - era * 146097;                                      /* 0..146096 */
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* 0..399 */
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               /* from March 1 */
	int64_t mp = (5 * doy + 2) / 153;
	int mday = (int)(doy - (153 * mp + 2) / 5 + 1);
	int mon = (int)(mp < 10 ? mp + 2 : mp - 10);                        /* 0 = January */
	int64_t year = yoe + era * 400 + (mon <= 1);

	if (year - 1900 > INT_MAX || year - 1900 < INT_MIN)
		return EOVERFLOW;
	tm->tm_year = (int)(year - 1900);
	tm->tm_mon = mon;
	tm->tm_mday = mday;
	tm->tm_hour = (int)(secs / 3600);
	tm->tm_min = (int)(secs / 60 % 60);
	tm->tm_sec = (int)(secs % 60);
	tm->tm_wday = (int)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday (4) */
	tm->tm_yday = (int)(days - __w64_days_from_civil(year, 1, 1));
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = zone;
	return 0;
}

time_t __w64_tm_to_time(struct tm *tm, const char *zone)
{
	/* Months carry into years first, then everything is a count of
	 * days and seconds; int64 holds any combination of int fields. */
	int64_t year = (int64_t)tm->tm_year + 1900;
	int64_t mon = tm->tm_mon;
	year += __w64_floor_div(mon, 12);
	mon -= __w64_floor_div(mon, 12) * 12;
	int64_t days = __w64_days_from_civil(year, (int)mon + 1, 1) + tm->tm_mday - 1;
	int64_t t = days * 86400 + (int64_t)tm->tm_hour * 3600 + (int64_t)tm->tm_min * 60 + tm->tm_sec;
	struct tm out;
	int err = __w64_time_to_tm(t, &out, zone);
	if (err != 0)
		return __w64_set_errno(err);
	*tm = out;
	return t;
}
