/*
 * time.h: clocks, sleeping, the calendar (UTC is the only zone) and
 * strftime's C11 conversions on known dates.  tests/libc-native/
 * strftime_diff.c compares strftime, gmtime_r, timegm and mktime with
 * glibc over many dates.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static int64_t mono_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void test_clocks(void)
{
	time_t t1, t0 = time(NULL);
	CHECK(t0 > 1600000000); /* after September 2020 */
	CHECK(time(&t1) >= t0 && t1 >= t0 && t1 - t0 < 5);

	struct timespec ts;
	CHECK(clock_gettime(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec - t0 < 5 && ts.tv_sec >= t0);
	CHECK(ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);
	struct timeval tv;
	CHECK(gettimeofday(&tv, NULL) == 0 && tv.tv_sec >= t0 && tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	CHECK(timespec_get(&ts, TIME_UTC) == TIME_UTC && ts.tv_sec >= t0);

	int64_t m0 = mono_ns(), m1 = mono_ns();
	CHECK(m0 > 0 && m1 >= m0);
	CHECK(clock_getres(CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec == 0 && ts.tv_nsec > 0);
	CHECK(clock_getres(CLOCK_REALTIME, NULL) == 0);
	errno = 0;
	CHECK(clock_gettime((clockid_t)99, &ts) == -1 && errno == EINVAL);

	/* clock(): processor time, which grows while the program computes. */
	clock_t c0 = clock();
	CHECK(c0 != (clock_t)-1 && c0 >= 0);
	volatile uint64_t x = 1;
	while (clock() - c0 < CLOCKS_PER_SEC / 100)
		x = x * 6364136223846793005u + 1;
	CHECK(clock() - c0 >= CLOCKS_PER_SEC / 100);
	CHECK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0 && (ts.tv_sec > 0 || ts.tv_nsec > 0));
}

static void test_sleep(void)
{
	int64_t m0 = mono_ns();
	CHECK(nanosleep(&(struct timespec){.tv_nsec = 30000000}, NULL) == 0);
	int64_t m1 = mono_ns();
	CHECK(m1 - m0 >= 30000000);
	CHECK(usleep(20000) == 0);
	int64_t m2 = mono_ns();
	CHECK(m2 - m1 >= 20000000);
	CHECK(sleep(0) == 0 && usleep(0) == 0);
	CHECK(nanosleep(&(struct timespec){0}, NULL) == 0);

	/* An absolute deadline on the monotonic clock, 25 ms ahead. */
	struct timespec until;
	clock_gettime(CLOCK_MONOTONIC, &until);
	until.tv_nsec += 25000000;
	if (until.tv_nsec >= 1000000000) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000;
	}
	int64_t m3 = mono_ns();
	CHECK(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL) == 0);
	CHECK(mono_ns() >= (int64_t)until.tv_sec * 1000000000 + until.tv_nsec && mono_ns() > m3);
	/* A deadline in the past returns at once. */
	CHECK(clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &(struct timespec){.tv_sec = 1}, NULL) == 0);

	errno = 0;
	CHECK(nanosleep(&(struct timespec){.tv_nsec = 1000000000}, NULL) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(nanosleep(&(struct timespec){.tv_sec = -1}, NULL) == -1 && errno == EINVAL);
	CHECK(clock_nanosleep(CLOCK_MONOTONIC, 0, &(struct timespec){.tv_nsec = -1}, NULL) == EINVAL);
	CHECK(clock_nanosleep((clockid_t)99, 0, &(struct timespec){.tv_nsec = 1}, NULL) == EINVAL);
}

static int tm_is(const struct tm *tm, int y, int mon, int d, int h, int min, int s, int wday, int yday)
{
	return tm->tm_year == y - 1900 && tm->tm_mon == mon - 1 && tm->tm_mday == d && tm->tm_hour == h &&
	       tm->tm_min == min && tm->tm_sec == s && tm->tm_wday == wday && tm->tm_yday == yday &&
	       tm->tm_isdst == 0;
}

static void test_calendar(void)
{
	time_t t = 0;
	struct tm tm, *p = gmtime(&t);
	CHECK(p != NULL && tm_is(p, 1970, 1, 1, 0, 0, 0, 4, 0) && strcmp(p->tm_zone, "GMT") == 0);
	t = 951782400; /* 2000-02-29, a leap day in a year divisible by 400 */
	CHECK(gmtime_r(&t, &tm) == &tm && tm_is(&tm, 2000, 2, 29, 0, 0, 0, 2, 59));
	t = -1;
	CHECK(gmtime_r(&t, &tm) != NULL && tm_is(&tm, 1969, 12, 31, 23, 59, 59, 3, 364));
	t = 4107542399; /* 2100-02-28 23:59:59; 2100 is not a leap year */
	CHECK(gmtime_r(&t, &tm) != NULL && tm_is(&tm, 2100, 2, 28, 23, 59, 59, 0, 58));
	t++;
	CHECK(gmtime_r(&t, &tm) != NULL && tm_is(&tm, 2100, 3, 1, 0, 0, 0, 1, 59));
	t = -62135596800; /* 0001-01-01, a Monday */
	CHECK(gmtime_r(&t, &tm) != NULL && tm_is(&tm, 1, 1, 1, 0, 0, 0, 1, 0));
	t = (time_t)INT32_MAX + 1;
	CHECK(gmtime_r(&t, &tm) != NULL && tm_is(&tm, 2038, 1, 19, 3, 14, 8, 2, 18));
	t = INT64_MAX;
	errno = 0;
	CHECK(gmtime_r(&t, &tm) == NULL && errno == EOVERFLOW);

	/* Local time is UTC, named so. */
	t = 1700000000;
	CHECK(localtime_r(&t, &tm) != NULL && tm_is(&tm, 2023, 11, 14, 22, 13, 20, 2, 317));
	CHECK(strcmp(tm.tm_zone, "UTC") == 0 && tm.tm_gmtoff == 0);
	p = localtime(&t);
	CHECK(p != NULL && p->tm_hour == 22);
	tzset();
	CHECK(strcmp(tzname[0], "UTC") == 0 && timezone == 0 && daylight == 0);

	/* timegm and mktime: inverse of gmtime, normalising out of range
	 * fields and setting tm_wday and tm_yday. */
	tm = (struct tm){.tm_year = 123, .tm_mon = 10, .tm_mday = 14, .tm_hour = 22, .tm_min = 13,
			 .tm_sec = 20, .tm_wday = 99, .tm_yday = -5};
	CHECK(timegm(&tm) == 1700000000 && tm.tm_wday == 2 && tm.tm_yday == 317);
	tm = (struct tm){.tm_year = 100, .tm_mon = 0, .tm_mday = 60, .tm_isdst = -1};
	CHECK(mktime(&tm) == 951782400 && tm_is(&tm, 2000, 2, 29, 0, 0, 0, 2, 59));
	tm = (struct tm){.tm_year = 100, .tm_mon = 14, .tm_mday = 0, .tm_hour = -1, .tm_min = 61, .tm_sec = -1};
	CHECK(timegm(&tm) != -1 && tm_is(&tm, 2001, 2, 28, 0, 0, 59, 3, 58));
	tm = (struct tm){.tm_year = 70, .tm_mon = -1, .tm_mday = 1};
	CHECK(mktime(&tm) == -31 * 86400 && tm_is(&tm, 1969, 12, 1, 0, 0, 0, 1, 334));
	tm = (struct tm){.tm_year = INT_MAX, .tm_mon = 12, .tm_mday = 1};
	errno = 0;
	CHECK(timegm(&tm) == -1 && errno == EOVERFLOW);
	/* Every day of a few 400-year cycles round-trips. */
	int ok = 1;
	for (int64_t day = -150000; day < 150000 && ok; day += 7) {
		time_t s = (time_t)(day * 86400 + 3723);
		struct tm b;
		ok = gmtime_r(&s, &b) != NULL && timegm(&b) == s && b.tm_hour == 1 && b.tm_min == 2;
	}
	CHECK(ok);

	CHECK(difftime(10, 4) == 6.0 && difftime(4, 10) == -6.0);
	CHECK(difftime(INT64_MAX, INT64_MIN) == 0x1p64);

	char buf[26];
	t = 0;
	CHECK(strcmp(asctime(gmtime(&t)), "Thu Jan  1 00:00:00 1970\n") == 0);
	t = 1700000000;
	CHECK(strcmp(ctime(&t), "Tue Nov 14 22:13:20 2023\n") == 0);
	CHECK(ctime_r(&t, buf) == buf && strcmp(buf, "Tue Nov 14 22:13:20 2023\n") == 0);
	tm = (struct tm){.tm_year = 10000 - 1900};
	errno = 0;
	CHECK(asctime_r(&tm, buf) == NULL && errno == EOVERFLOW);
}

static int fmt_is(const char *fmt, const struct tm *tm, const char *want)
{
	char buf[128];
	size_t n = strftime(buf, sizeof buf, fmt, tm);
	return n == strlen(want) && strcmp(buf, want) == 0;
}

static void test_strftime(void)
{
	/* 2021-01-03 04:05:06, a Sunday: in ISO week 53 of 2020. */
	struct tm tm;
	time_t t = 1609646706;
	gmtime_r(&t, &tm);
	CHECK(fmt_is("%a %A %b %B %h", &tm, "Sun Sunday Jan January Jan"));
	CHECK(fmt_is("%c", &tm, "Sun Jan  3 04:05:06 2021"));
	CHECK(fmt_is("%C %y %Y", &tm, "20 21 2021"));
	CHECK(fmt_is("%d %e %D %F", &tm, "03  3 01/03/21 2021-01-03"));
	CHECK(fmt_is("%g %G %V", &tm, "20 2020 53"));
	CHECK(fmt_is("%H %I %j %m %M %S", &tm, "04 04 003 01 05 06"));
	CHECK(fmt_is("%n%t%%", &tm, "\n\t%"));
	CHECK(fmt_is("%p %r %R %T", &tm, "AM 04:05:06 AM 04:05 04:05:06"));
	CHECK(fmt_is("%u %w %U %W", &tm, "7 0 01 00"));
	CHECK(fmt_is("%x %X %z %Z", &tm, "01/03/21 04:05:06 +0000 GMT"));
	CHECK(fmt_is("%Ec|%EC|%Ex|%EX|%Ey|%EY", &tm, "Sun Jan  3 04:05:06 2021|20|01/03/21|04:05:06|21|2021"));
	CHECK(fmt_is("%Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy", &tm,
		     "03  3 04 04 01 05 06 7 01 53 0 00 21"));
	CHECK(fmt_is("%k|%l|%P|%s", &tm, " 4| 4|am|1609646706"));
	/* GNU flags and widths, as glibc prints them. */
	CHECK(fmt_is("%-d|%_m|%010Y|%^a|%#B|%-5H|%5z", &tm, "3| 1|0000002021|SUN|JANUARY|    4|    +00000"));
	/* Unknown conversions and a lone % are copied. */
	CHECK(fmt_is("%Q %Ed %", &tm, "%Q %Ed %"));

	/* Noon and midnight on the 12-hour clock; week numbers at year's end. */
	tm = (struct tm){.tm_year = 124, .tm_mon = 11, .tm_mday = 30, .tm_hour = 12, .tm_min = 0};
	CHECK(timegm(&tm) != -1);
	CHECK(fmt_is("%I %p %l", &tm, "12 PM 12"));
	CHECK(fmt_is("%G-W%V-%u %U %W %j", &tm, "2025-W01-1 52 53 365"));
	tm.tm_hour = 0;
	CHECK(fmt_is("%I %p", &tm, "12 AM"));
	/* A year before 1 and after 9999. */
	tm = (struct tm){.tm_year = -1900 - 44, .tm_mon = 2, .tm_mday = 15};
	CHECK(timegm(&tm) != -1 && fmt_is("%Y %C %y %G", &tm, "-44 -1 56 -44"));
	tm = (struct tm){.tm_year = 12345 - 1900, .tm_mday = 1};
	CHECK(timegm(&tm) != -1 && fmt_is("%Y %C %F", &tm, "12345 123 12345-01-01"));

	/* The result must fit with its terminating null, or strftime
	 * returns 0. */
	char small[8];
	CHECK(strftime(small, sizeof small, "%m-%d", &tm) == 5 && strcmp(small, "01-01") == 0);
	CHECK(strftime(small, sizeof small, "%Y-%m", &tm) == 0); /* 8 characters and the null */
	CHECK(strftime(small, 8, "%F", &tm) == 0);
	CHECK(strftime(small, 1, "", &tm) == 0 && small[0] == '\0');
	CHECK(strftime(small, 0, "", &tm) == 0);
}

int main(void)
{
	test_clocks();
	test_sleep();
	test_calendar();
	test_strftime();
	return check_summary();
}
