/*
 * time.h.  The clocks are WASI's (clock_time_get); the only time zone is
 * UTC, so localtime is gmtime and mktime is timegm.  strftime knows the
 * "C" locale's names only.
 */
#ifndef _TIME_H
#define _TIME_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#include <bits/types.h>

#define __NEED_time_t
#define __NEED_clock_t
#define __NEED_clockid_t
#define __NEED_struct_timespec
#define __NEED_locale_t
#include <bits/alltypes.h>

/* clock() counts microseconds, as POSIX requires of XSI systems. */
#define CLOCKS_PER_SEC ((clock_t)1000000)
#define TIME_UTC 1

/* WASI's clock ids. */
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3

#define TIMER_ABSTIME 1

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

#ifdef __cplusplus
extern "C" {
#endif

clock_t clock(void);
time_t time(time_t *__t);
double difftime(time_t __t1, time_t __t0);
time_t mktime(struct tm *__tm);
time_t timegm(struct tm *__tm);
struct tm *gmtime(const time_t *__t);
struct tm *gmtime_r(const time_t *__restrict __t, struct tm *__restrict __tm);
struct tm *localtime(const time_t *__t);
struct tm *localtime_r(const time_t *__restrict __t, struct tm *__restrict __tm);
char *asctime(const struct tm *__tm);
char *asctime_r(const struct tm *__restrict __tm, char *__restrict __buf);
char *ctime(const time_t *__t);
char *ctime_r(const time_t *__t, char *__buf);
size_t strftime(char *__restrict __s, size_t __max, const char *__restrict __fmt,
		const struct tm *__restrict __tm);
size_t strftime_l(char *__restrict __s, size_t __max, const char *__restrict __fmt,
		  const struct tm *__restrict __tm, locale_t __l);
int timespec_get(struct timespec *__ts, int __base);
char *strptime(const char *__restrict __s, const char *__restrict __fmt, struct tm *__restrict __tm);
extern int getdate_err;
struct tm *getdate(const char *__s);

int clock_gettime(clockid_t __id, struct timespec *__ts);
int clock_getres(clockid_t __id, struct timespec *__res);
int clock_nanosleep(clockid_t __id, int __flags, const struct timespec *__req,
		    struct timespec *__rem);
int nanosleep(const struct timespec *__req, struct timespec *__rem);

/* The time zone: always UTC. */
extern char *tzname[2];
extern long timezone;
extern int daylight;
void tzset(void);

#ifdef __cplusplus
}
#endif

#endif
