/*
 * time.h against glibc: strftime for every conversion over many dates,
 * and the calendar functions that feed it.
 *
 *   strftime_diff     W64_DIFF_CASES comparisons (default 200000, about
 *                     110 per date), seed W64_DIFF_SEED
 *
 * Both run with TZ=UTC0, so glibc's local time is UTC too, as the libc's
 * always is.  Dates: any second of years -2000..12000, and seconds near
 * a new year (where the ISO 8601 week-based year %G %g %V differs from
 * the calendar year) in years -400..2400.  For each date:
 *
 *   - gmtime_r and localtime_r: every field of struct tm (tm_zone by text);
 *   - timegm and mktime of that tm with fields pushed out of range
 *     (months, days, hours, minutes, seconds off by random amounts), and
 *     the normalised tm they write back;
 *   - strftime of each C11 conversion (%a %A %b %B %c %C %d %D %e %F %g
 *     %G %h %H %I %j %m %M %n %p %r %R %S %t %T %u %U %V %w %W %x %X %y
 *     %Y %z %Z %%), each E and O modified form C11 allows, POSIX's and
 *     GNU's extra ones (%k %l %P %s), and one with random GNU flags
 *     (_ - 0 ^ #) and width; then a random format of several conversions
 *     and text, in a buffer of random size (too small: both return 0).
 *
 * Prints mismatches (at most 20, or W64_DIFF_SHOW) and "strftime: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diff.h"
#include "w64.h"

static unsigned long cases, mismatches, show = 20;
static void report(const char *what, const char *detail)
{
	mismatches++;
	if (mismatches <= show)
		printf("MISMATCH %s: %s\n", what, detail);
}

static void describe(char *buf, size_t n, const struct tm *tm)
{
	snprintf(buf, n, "%d-%02d-%02d %02d:%02d:%02d wday %d yday %d isdst %d off %ld zone %s",
		 tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
		 tm->tm_wday, tm->tm_yday, tm->tm_isdst, tm->tm_gmtoff, tm->tm_zone ? tm->tm_zone : "(null)");
}

static int same_tm(const struct tm *a, const struct tm *b)
{
	return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min && a->tm_hour == b->tm_hour &&
	       a->tm_mday == b->tm_mday && a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
	       a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday && a->tm_isdst == b->tm_isdst &&
	       a->tm_gmtoff == b->tm_gmtoff && a->tm_zone != NULL && b->tm_zone != NULL &&
	       strcmp(a->tm_zone, b->tm_zone) == 0;
}

static void compare_tm(const char *what, time_t t, const struct tm *g, const struct tm *w)
{
	cases++;
	if (same_tm(g, w))
		return;
	char gs[160], ws[160], detail[400];
	describe(gs, sizeof gs, g);
	describe(ws, sizeof ws, w);
	snprintf(detail, sizeof detail, "t=%" PRId64 ": glibc %s, libc %s", (int64_t)t, gs, ws);
	report(what, detail);
}

/* Seconds since the epoch of y-01-01 00:00:00 UTC. */
static int64_t year_start(int64_t y)
{
	struct tm tm = {.tm_year = (int)(y - 1900), .tm_mday = 1};
	return (int64_t)timegm(&tm);
}

static time_t random_time(void)
{
	if (rnd_below(3) == 0) {
		/* Within ten days of a new year. */
		int64_t y = (int64_t)rnd_below(2801) - 400;
		return (time_t)(year_start(y) + (int64_t)rnd_below(20 * 86400) - 10 * 86400);
	}
	int64_t lo = year_start(-2000), hi = year_start(12000);
	return (time_t)(lo + (int64_t)(rnd() % (uint64_t)(hi - lo)));
}

/* timegm or mktime of the same tm: the time and the tm written back. */
static void normalise(const char *what, time_t (*g)(struct tm *), time_t (*w)(struct tm *),
		      const struct tm *in)
{
	struct tm gi = *in, wi = *in;
	time_t gt = g(&gi), wt = w(&wi);
	cases++;
	if (gt != wt) {
		char detail[120];
		snprintf(detail, sizeof detail, "glibc %" PRId64 ", libc %" PRId64, (int64_t)gt, (int64_t)wt);
		report(what, detail);
	}
	compare_tm(what, gt, &gi, &wi);
}

/* The calendar: gmtime_r, localtime_r, then timegm and mktime of a tm
 * with fields out of range. */
static void calendar(time_t t, struct tm *out)
{
	struct tm g, w;
	memset(&g, 0, sizeof g);
	memset(&w, 0x5a, sizeof w);
	if (gmtime_r(&t, &g) == NULL || w64_gmtime_r(&t, &w) == NULL) {
		cases++;
		report("gmtime_r", "returned NULL");
		return;
	}
	compare_tm("gmtime_r", t, &g, &w);
	*out = g;

	memset(&g, 0, sizeof g);
	memset(&w, 0x5a, sizeof w);
	localtime_r(&t, &g);
	w64_localtime_r(&t, &w);
	compare_tm("localtime_r", t, &g, &w);

	struct tm in = *out;
	in.tm_sec += (int)rnd_below(200) - 100;
	in.tm_min += (int)rnd_below(200) - 100;
	in.tm_hour += (int)rnd_below(100) - 50;
	in.tm_mday += (int)rnd_below(800) - 400;
	in.tm_mon += (int)rnd_below(60) - 30;
	in.tm_wday = (int)rnd_below(50);
	in.tm_yday = -(int)rnd_below(50);
	in.tm_isdst = rnd_below(2) ? -1 : 0;

	normalise("timegm", timegm, w64_timegm, &in);
	normalise("mktime", mktime, w64_mktime, &in);
}

static void compare_strftime(const char *fmt, const struct tm *tm, size_t max)
{
	char g[512], w[512];
	memset(g, 'G', sizeof g);
	memset(w, 'W', sizeof w);
	size_t gn = strftime(g, max, fmt, tm);
	size_t wn = w64_strftime(w, max, fmt, tm);
	cases++;
	if (gn == wn && (gn == 0 || memcmp(g, w, gn + 1) == 0))
		return;
	char tms[160], detail[400];
	describe(tms, sizeof tms, tm);
	snprintf(detail, sizeof detail, "\"%s\" max %zu on %s: glibc %zu \"%.*s\", libc %zu \"%.*s\"", fmt,
		 max, tms, gn, (int)(gn < 100 ? gn : 100), g, wn, (int)(wn < 100 ? wn : 100), w);
	report("strftime", detail);
}

static const char *const conversions[] = {
	/* C11 */
	"%a", "%A", "%b", "%B", "%c", "%C", "%d", "%D", "%e", "%F", "%g", "%G", "%h", "%H", "%I",
	"%j", "%m", "%M", "%n", "%p", "%r", "%R", "%S", "%t", "%T", "%u", "%U", "%V", "%w", "%W",
	"%x", "%X", "%y", "%Y", "%z", "%Z", "%%",
	/* C11's E and O modifiers */
	"%Ec", "%EC", "%Ex", "%EX", "%Ey", "%EY", "%Od", "%Oe", "%OH", "%OI", "%Om", "%OM", "%OS",
	"%Ou", "%OU", "%OV", "%Ow", "%OW", "%Oy",
	/* POSIX and GNU */
	"%k", "%l", "%P", "%s",
};
enum { NCONV = sizeof conversions / sizeof conversions[0] };

/* The conversion letters GNU flags and widths are tried on. */
static const char flagged[] = "aAbBcCdDeFgGhHIjklmMpPrRsSTuUVwWxXyYzZ";

static void random_flagged(char *fmt, size_t n)
{
	static const char flags[] = "_-0^#+"; /* glibc 2.36 has no "+": copied out */
	size_t len = 0;
	fmt[len++] = '%';
	for (unsigned k = rnd_below(3); k > 0; k--)
		fmt[len++] = flags[rnd_below(sizeof flags - 1)];
	if (rnd_below(2))
		len += (size_t)snprintf(fmt + len, n - len, "%u", rnd_below(25));
	fmt[len++] = flagged[rnd_below(sizeof flagged - 1)];
	fmt[len] = '\0';
}

static void strftimes(const struct tm *tm)
{
	for (int i = 0; i < NCONV; i++)
		compare_strftime(conversions[i], tm, 512);

	char fmt[200];
	for (int i = 0; i < 40; i++) {
		random_flagged(fmt, sizeof fmt);
		compare_strftime(fmt, tm, 512);
	}

	/* Several conversions and text; a buffer that may be too small. */
	size_t len = 0;
	for (unsigned k = 1 + rnd_below(6); k > 0 && len < 150; k--) {
		if (rnd_below(3) == 0)
			len += (size_t)snprintf(fmt + len, sizeof fmt - len, "%s", " at ");
		len += (size_t)snprintf(fmt + len, sizeof fmt - len, "%s", conversions[rnd_below(NCONV)]);
	}
	compare_strftime(fmt, tm, 1 + rnd_below(80));
}

int main(void)
{
	unsigned long n = diff_setup(200000);
	const char *env = getenv("W64_DIFF_SHOW");
	show = env ? strtoul(env, NULL, 10) : show;
	setenv("TZ", "UTC0", 1);
	tzset();

	unsigned long dates = 0;
	/* The epoch, the ends of 32-bit time_t, a leap day, year 0. */
	static const int64_t fixed[] = {0, -1, 86399, INT32_MAX, INT32_MIN, (int64_t)INT32_MAX + 1,
					951782400, -62167219200, 253402300799};
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
		struct tm tm;
		calendar((time_t)fixed[i], &tm);
		strftimes(&tm);
		dates++;
	}
	while (cases < n) {
		struct tm tm;
		calendar(random_time(), &tm);
		strftimes(&tm);
		dates++;
	}
	printf("strftime: %lu dates, %d conversions each plus 40 flagged and one random format\n", dates,
	       NCONV);
	printf("strftime: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
