#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "w64_time.h"

/*
 * POSIX's getdate: the input is read with each line of the file DATEMSK
 * names (through the preopens, as any path) as a strptime format, until
 * one takes all of it (white space around it aside); the fields it does
 * not give are then filled in from the current time as POSIX says, with
 * glibc's choices where POSIX leaves them (but a year given is kept: with
 * a time and no other date part glibc takes this year).  Failures set
 * getdate_err:
 *   1 DATEMSK unset or empty       5 a read error in the file
 *   2 the file cannot be opened    6 out of memory
 *   3 its status cannot be had     7 no line matches the input
 *   4 it is not a regular file     8 the date is invalid (February 30)
 * The status comes first, as in glibc, so a missing file is 3.
 */

static int days_in_month(int year, int mon)
{
	static const unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int64_t y = (int64_t)year + 1900;
	return days[mon] + (mon == 1 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

/* The day of month `mon` that is the first `wday` in it (1 without one). */
static int first_wday(int year, int mon, int wday)
{
	if (wday == INT_MIN)
		return 1;
	struct tm tm = {.tm_year = year, .tm_mon = mon, .tm_mday = 1};
	mktime(&tm);
	return 1 + (wday - tm.tm_wday + 7) % 7;
}

static int match(const char *input, struct tm *tm, unsigned *seen)
{
	const char *path = getenv("DATEMSK");
	if (path == NULL || *path == '\0')
		return 1;
	struct stat st;
	if (stat(path, &st) != 0)
		return 3;
	if (!S_ISREG(st.st_mode))
		return 4;
	FILE *f = fopen(path, "r");
	if (f == NULL)
		return 2;

	while (isspace((unsigned char)*input))
		input++;
	size_t inlen = strlen(input);
	while (inlen > 0 && isspace((unsigned char)input[inlen - 1]))
		inlen--;
	char *in = malloc(inlen + 1);
	if (in == NULL) {
		fclose(f);
		return 6;
	}
	memcpy(in, input, inlen);
	in[inlen] = '\0';

	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int found = 0;
	while (!found && (n = getline(&line, &cap, f)) >= 0) {
		if (n > 0 && line[n - 1] == '\n')
			line[n - 1] = '\0';
		*tm = (struct tm){.tm_isdst = -1};
		const char *end = __w64_strptime(in, line, tm, seen);
		found = end != NULL && *end == '\0';
	}
	int err = ferror(f) ? 5 : found ? 0 : 7;
	free(line);
	free(in);
	fclose(f);
	return err;
}

static int fill_in(struct tm *tm, unsigned seen)
{
	time_t now = time(NULL);
	struct tm cur;
	localtime_r(&now, &cur);
	int mday_ok = 0;

	/* Only a weekday: today if it is today, else the next one. */
	if ((seen & (W64_TM_WDAY | W64_TM_YEAR | W64_TM_MON | W64_TM_MDAY)) == W64_TM_WDAY) {
		tm->tm_year = cur.tm_year;
		tm->tm_mon = cur.tm_mon;
		tm->tm_mday = cur.tm_mday + (tm->tm_wday - cur.tm_wday + 7) % 7;
		seen |= W64_TM_YEAR | W64_TM_MON | W64_TM_MDAY;
		mday_ok = 1;
	}
	/* A month without a day: its first day (or first such weekday),
	 * this year, or next year if the month is past. */
	if ((seen & (W64_TM_MON | W64_TM_MDAY)) == W64_TM_MON) {
		if (!(seen & W64_TM_YEAR))
			tm->tm_year = cur.tm_year + (tm->tm_mon < cur.tm_mon);
		tm->tm_mday = first_wday(tm->tm_year, tm->tm_mon, seen & W64_TM_WDAY ? tm->tm_wday : INT_MIN);
		seen |= W64_TM_YEAR | W64_TM_MDAY;
		mday_ok = 1;
	}
	/* No time at all: now; a part of one: the rest 0. */
	if (!(seen & (W64_TM_HOUR | W64_TM_MIN | W64_TM_SEC))) {
		tm->tm_hour = cur.tm_hour;
		tm->tm_min = cur.tm_min;
		tm->tm_sec = cur.tm_sec;
	} else {
		if (!(seen & W64_TM_HOUR))
			tm->tm_hour = 0;
		if (!(seen & W64_TM_MIN))
			tm->tm_min = 0;
		if (!(seen & W64_TM_SEC))
			tm->tm_sec = 0;
	}
	/* No month, day or weekday: today if the hour is still to come,
	 * else tomorrow. */
	if (!(seen & (W64_TM_MON | W64_TM_MDAY | W64_TM_WDAY))) {
		if (!(seen & W64_TM_YEAR))
			tm->tm_year = cur.tm_year;
		tm->tm_mon = cur.tm_mon;
		tm->tm_mday = cur.tm_mday + (tm->tm_hour < cur.tm_hour);
		seen |= W64_TM_YEAR | W64_TM_MON | W64_TM_MDAY;
		mday_ok = 1;
	}
	if (!(seen & W64_TM_YEAR))
		tm->tm_year = cur.tm_year;
	if (!(seen & W64_TM_MON))
		tm->tm_mon = cur.tm_mon;
	if (!(seen & W64_TM_MDAY))
		return 8; /* a weekday with a month or year, and no day */
	if (!mday_ok && (tm->tm_mon < 0 || tm->tm_mon > 11 || tm->tm_mday < 1 ||
			 tm->tm_mday > days_in_month(tm->tm_year, tm->tm_mon)))
		return 8;
	return mktime(tm) == (time_t)-1 ? 8 : 0;
}

struct tm *getdate(const char *s)
{
	static struct tm result;
	unsigned seen = 0;
	int err = match(s, &result, &seen);
	if (err == 0)
		err = fill_in(&result, seen);
	if (err != 0) {
		getdate_err = err;
		return NULL;
	}
	return &result;
}
