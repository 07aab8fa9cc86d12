/*
 * strptime (tests/libc-native/strptime_diff.c compares it with glibc on
 * generated strings), and getdate over a template file.
 *
 * Run with DATEMSK=/work/datemsk and /work a writable preopen, the
 * program writes the templates there and checks getdate's answers.  With
 * W64_GETDATE_EXPECT=N set, it checks instead that getdate fails with
 * getdate_err N (DATEMSK unset, a directory, a missing file...).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"

static int fields(const struct tm *tm, int year, int mon, int mday, int hour, int min, int sec)
{
	return tm->tm_year == year - 1900 && tm->tm_mon == mon - 1 && tm->tm_mday == mday &&
	       tm->tm_hour == hour && tm->tm_min == min && tm->tm_sec == sec;
}

static void test_strptime(void)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *s = "2024-02-29 13:45:07";
	CHECK(strptime(s, "%Y-%m-%d %H:%M:%S", &tm) == s + strlen(s));
	CHECK(fields(&tm, 2024, 2, 29, 13, 45, 7) && tm.tm_wday == 4 && tm.tm_yday == 59);

	/* Names in any case, full or abbreviated; %p moves %I to the
	 * afternoon. */
	memset(&tm, 0, sizeof tm);
	s = "tHursday, 4 jul 1776  03:07:09 pm!";
	CHECK(strptime(s, "%A, %d %b %Y %I:%M:%S %p", &tm) == s + strlen(s) - 1);
	CHECK(fields(&tm, 1776, 7, 4, 15, 7, 9) && tm.tm_wday == 4 && tm.tm_yday == 185);

	/* %c, %D, %T, %F, %R, %r as the "C" locale writes them. */
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("Mon Jan  1 00:00:00 2001", "%c", &tm) != NULL && fields(&tm, 2001, 1, 1, 0, 0, 0));
	CHECK(strptime("12/31/99 23:59", "%D %R", &tm) != NULL && fields(&tm, 1999, 12, 31, 23, 59, 0));
	CHECK(strptime("68", "%y", &tm) != NULL && tm.tm_year == 168); /* 2068 */
	CHECK(strptime("69", "%y", &tm) != NULL && tm.tm_year == 69);  /* 1969 */
	CHECK(strptime("19 70", "%C %y", &tm) != NULL && tm.tm_year == 70);
	CHECK(strptime("12:00:01 AM", "%r", &tm) != NULL && tm.tm_hour == 0 && tm.tm_sec == 1);

	/* Numbers: white space first, at most their width, stopping once
	 * another digit could only be too much ("45" against %d is 4). */
	memset(&tm, 0, sizeof tm);
	s = "45";
	CHECK(strptime(s, "%d", &tm) == s + 1 && tm.tm_mday == 4);
	CHECK(strptime("  7", "%m", &tm) != NULL && tm.tm_mon == 6);
	CHECK(strptime("13", "%m", &tm) == NULL && strptime("0", "%d", &tm) == NULL);
	CHECK(strptime("24", "%H", &tm) == NULL && strptime("61", "%S", &tm) != NULL && tm.tm_sec == 61);

	/* %j gives the month and day; %U or %W with a weekday the date. */
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("2023 060", "%Y %j", &tm) != NULL && fields(&tm, 2023, 3, 1, 0, 0, 0) && tm.tm_wday == 3);
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("2024 10 Fri", "%Y %U %a", &tm) != NULL && tm.tm_mon == 2 && tm.tm_mday == 15 &&
	      tm.tm_yday == 74);
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("2024 10 5", "%Y %W %u", &tm) != NULL && tm.tm_mon == 2 && tm.tm_mday == 8);

	/* %s, %z, %Z, %n/%t and literal text. */
	memset(&tm, 0, sizeof tm);
	CHECK(strptime("86400", "%s", &tm) != NULL && fields(&tm, 1970, 1, 2, 0, 0, 0));
	CHECK(strptime("-0530", "%z", &tm) != NULL && tm.tm_gmtoff == -(5 * 3600 + 30 * 60));
	CHECK(strptime("+01:00", "%z", &tm) != NULL && tm.tm_gmtoff == 3600);
	CHECK(strptime("+1", "%z", &tm) == NULL && strptime("+0160", "%z", &tm) == NULL);
	s = "CEST rest";
	CHECK(strptime(s, "%Z", &tm) == s + 4);
	CHECK(strptime("a \t\n b", "a%nb", &tm) != NULL && strptime("ab", "a %t b", &tm) != NULL);
	CHECK(strptime("100%", "%y0%%", &tm) != NULL && strptime("10x", "%y0%%", &tm) == NULL);
	/* strftime's flags and widths are skipped; unknown conversions fail. */
	CHECK(strptime("07", "%-m", &tm) != NULL && tm.tm_mon == 6 && strptime("07", "%_5d", &tm) != NULL);
	CHECK(strptime("1", "%Q", &tm) == NULL && strptime("1", "%Ez", &tm) == NULL);
	/* E and O: the plain conversions, as the C locale has no others
	 * (and glibc's quirks: a second %O number fails). */
	CHECK(strptime("2000", "%EY", &tm) != NULL && tm.tm_year == 100);
	CHECK(strptime("5", "%Od", &tm) != NULL && tm.tm_mday == 5);
	CHECK(strptime("5 6", "%Od %Om", &tm) == NULL && strptime("2000 5 6", "%EY %Od %Om", &tm) != NULL);
}

static int datemsk_line(FILE *f, const char *line)
{
	return fputs(line, f) >= 0 && fputc('\n', f) != EOF;
}

static void test_getdate(const char *datemsk)
{
	FILE *f = fopen(datemsk, "w");
	CHECK(f != NULL);
	if (f == NULL)
		return;
	CHECK(datemsk_line(f, "%Y-%m-%d %H:%M:%S") && datemsk_line(f, "%m/%d/%Y") &&
	      datemsk_line(f, "%A") && datemsk_line(f, "%H:%M") && datemsk_line(f, "%B %Y") &&
	      datemsk_line(f, "at %I %p"));
	fclose(f);

	struct tm *tm = getdate("2021-06-15 08:30:05");
	CHECK(tm != NULL && fields(tm, 2021, 6, 15, 8, 30, 5) && tm->tm_wday == 2 && tm->tm_yday == 165);
	tm = getdate("2021-06-15 08:30:05   "); /* trailing white space is fine */
	CHECK(tm != NULL && tm->tm_mday == 15);
	/* Only the date: the time is now's. */
	time_t before = time(NULL);
	tm = getdate("12/25/2030");
	time_t after = time(NULL);
	CHECK(tm != NULL && tm->tm_year == 130 && tm->tm_mon == 11 && tm->tm_mday == 25);
	if (tm != NULL) {
		long secs = tm->tm_hour * 3600L + tm->tm_min * 60 + tm->tm_sec;
		CHECK(secs >= before % 86400 && secs <= after % 86400 + (after / 86400 != before / 86400) * 86400);
	}
	/* A weekday alone: today or the next such day, at the current time. */
	time_t now = time(NULL);
	struct tm today;
	gmtime_r(&now, &today);
	static const char *const days[7] = {"Sunday", "Monday", "Tuesday", "Wednesday",
					    "Thursday", "Friday", "Saturday"};
	int want = (today.tm_wday + 3) % 7;
	tm = getdate(days[want]);
	CHECK(tm != NULL && tm->tm_wday == want);
	if (tm != NULL) {
		time_t t = timegm(tm);
		CHECK(t - now >= 3 * 86400 - 2 && t - now <= 3 * 86400 + 2);
	}
	/* A time alone: today if still to come, else tomorrow. */
	tm = getdate("23:59");
	CHECK(tm != NULL && tm->tm_hour == 23 && tm->tm_min == 59 && tm->tm_sec == 0);
	if (tm != NULL) {
		time_t t = timegm(tm);
		CHECK(t - now >= -60 && t - now < 86400);
	}
	/* A month and year: its first day. */
	tm = getdate("February 2032");
	CHECK(tm != NULL && tm->tm_year == 132 && tm->tm_mon == 1 && tm->tm_mday == 1);
	tm = getdate("at 3 PM");
	CHECK(tm != NULL && tm->tm_hour == 15 && tm->tm_min == 0);

	/* Errors: no template matches (7), an impossible date (8). */
	getdate_err = 0;
	CHECK(getdate("not a date") == NULL && getdate_err == 7);
	getdate_err = 0;
	CHECK(getdate("2021-06-15 08:30:05x") == NULL && getdate_err == 7);
	getdate_err = 0;
	CHECK(getdate("02/30/2021") == NULL && getdate_err == 8);
	getdate_err = 0;
	CHECK(getdate("2021-02-29 00:00:00") == NULL && getdate_err == 8);
	remove(datemsk);
}

int main(void)
{
	test_strptime();
	const char *expect = getenv("W64_GETDATE_EXPECT");
	const char *datemsk = getenv("DATEMSK");
	if (expect != NULL) {
		getdate_err = 0;
		CHECK(getdate("2021-06-15") == NULL && getdate_err == atoi(expect));
	} else if (datemsk != NULL) {
		test_getdate(datemsk);
	} else {
		CHECK(getdate("2021-06-15") == NULL && getdate_err == 1);
	}
	return check_summary();
}
