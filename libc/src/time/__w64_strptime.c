/*
 * strptime's engine (strptime, getdate): POSIX's conversions and glibc's
 * additions (%F %g %G %k %l %s %u %V %z %Z, and strftime's flags and
 * widths, which it skips), in the "C" locale, with glibc's answers so
 * that programs written against it read the same fields
 * (tests/libc-native/strptime_diff.c):
 *
 *  - a number takes at most its width in digits, after white space, and
 *    stops early once another digit could only pass the maximum ("45"
 *    against %d reads 4); out of range fails;
 *  - names (%a %b %p) match case-insensitively, the longest that fits;
 *  - white space in the format matches any amount, none included;
 *  - %y is 1969-2068; %C then replaces the century (or, without %y, is
 *    the year on its own); %I takes %p's half of the day;
 *  - the C locale has no era or alternative digits, and the %E and %O
 *    forms follow glibc's state machine for that (struct state): most
 *    read as the plain conversion, some fail, %Ey reads two numbers;
 *  - at the end the fields the input implies are filled in: from a date
 *    its weekday and day of the year, from %j its month and day, from %U
 *    or %W with a weekday its date.
 */
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "w64_time.h"

/* glibc's state for the C locale's (absent) alternative forms: the first
 * %O number makes it LOC, after which another %O number, %EC or %EY
 * fails; %EC or %EY first makes it RAW, after which %O numbers and %Ey
 * read as the plain conversions.  Before either, %Ey reads a year of the
 * era that is not there, then %y. */
enum alt { ALT_NOT, ALT_LOC, ALT_RAW };

struct state {
	unsigned seen; /* W64_TM_*: the fields the input gave (for getdate) */
	enum alt alt;
	int have_I, is_pm;
	int century, want_century;
	int want_xday, have_wday, have_yday, have_mon, have_mday;
	int have_uweek, have_wweek, week_no;
};

static const char *const abbreviated_days[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const abbreviated_months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
						    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* Reads a number in [lo, hi] of at most `width` digits; NULL if none. */
static const char *number(const char *rp, int lo, int hi, int width, int *out)
{
	while (isspace((unsigned char)*rp))
		rp++;
	if (*rp < '0' || *rp > '9')
		return NULL;
	int v = 0;
	do {
		v = v * 10 + (*rp++ - '0');
	} while (--width > 0 && v * 10 <= hi && *rp >= '0' && *rp <= '9');
	if (v < lo || v > hi)
		return NULL;
	*out = v;
	return rp;
}

/* The longest of the full and abbreviated names that starts rp, as its
 * index; -1 if none. */
static int name(const char **rp, const char *const full[], const char *const abbr[], int n)
{
	size_t best = 0;
	int which = -1;
	for (int i = 0; i < n; i++) {
		const char *const names[2] = {full[i], abbr[i]};
		for (int k = 0; k < 2; k++) {
			size_t len = strlen(names[k]);
			if (len > best && strncasecmp(*rp, names[k], len) == 0) {
				best = len;
				which = i;
			}
		}
	}
	*rp += best;
	return which;
}

/*
 * After %EC or %EY (ALT_RAW), glibc reads a weekday with a slip: a match
 * of an abbreviated name moves its cursor over the name but records the
 * place before it, so "Mon" is read as Monday taking no characters, and
 * the names after it are tried from past it.  Matched here, cursor and
 * all, so that such input reads the same.
 */
static int raw_day_name(const char **rp)
{
	const char *cur = *rp, *longest = NULL;
	int which = -1;
	for (int i = 0; i < 7; i++) {
		size_t len = strlen(__w64_day_names[i]);
		if (strncasecmp(cur, __w64_day_names[i], len) == 0 && (longest == NULL || cur + len > longest)) {
			longest = cur + len;
			which = i;
		} else if (strncasecmp(cur, abbreviated_days[i], 3) == 0) {
			const char *before = cur;
			cur += 3;
			if (longest == NULL || before > longest) {
				longest = before;
				which = i;
			}
		}
	}
	if (longest != NULL)
		*rp = longest;
	return which;
}

static int is_leap(int64_t year)
{
	return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

/* Days before month m (0-11, or 12 for the whole year). */
static int days_before(int64_t year, int m)
{
	static const short cumulative[13] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
	return cumulative[m] + (m >= 2 && is_leap(year));
}

/* glibc's weekday arithmetic: days from 1970 with leap days counted by
 * C's truncating division, which is the calendar's answer for years
 * after 0 and drifts before; 0 <= tm_mon <= 11. */
static void set_wday(struct tm *tm)
{
	int64_t year = (int64_t)tm->tm_year + 1900 - (tm->tm_mon < 2);
	int64_t quads = year / 4;
	int64_t days = -473 + 365 * ((int64_t)tm->tm_year - 70) + quads - quads / 25 + (quads % 25 < 0) +
		       quads / 25 / 4 + days_before(1, tm->tm_mon) + tm->tm_mday - 1;
	tm->tm_wday = (int)((days % 7 + 7) % 7);
}

/* tm_mon and tm_mday from tm_yday, where not given.  A day outside the
 * year (week 53 of a short one, %j 366 of a common year) stays in
 * December or January, days counted past its end; glibc reads past its
 * month table there. */
static void month_from_yday(struct tm *tm, struct state *st)
{
	int64_t year = (int64_t)tm->tm_year + 1900;
	int m = 0;
	while (m < 11 && days_before(year, m + 1) <= tm->tm_yday)
		m++;
	if (!st->have_mon)
		tm->tm_mon = m;
	if (!st->have_mday)
		tm->tm_mday = tm->tm_yday - days_before(year, m) + 1;
	st->seen |= W64_TM_MON | W64_TM_MDAY;
}

static const char *parse(const char *rp, const char *fmt, struct tm *tm, struct state *st);

static const char *convert(const char *rp, const char **fmtp, struct tm *tm, struct state *st)
{
	const char *fmt = *fmtp;
	int v;
	char c = *fmt++, mod = 0;
	/* %E and %O: the "C" locale has no era or other digits, so each is
	 * its conversion, where one is allowed, as glibc's states say. */
	if (c == 'E' || c == 'O') {
		const char *allowed = c == 'E' ? "cCxXyY" : "bBhdeHImMSUWVwy";
		mod = c;
		c = *fmt++;
		if (c == '\0' || strchr(allowed, c) == NULL)
			return NULL;
		if (mod == 'O' && strchr("bBh", c) == NULL) {
			if (st->alt == ALT_LOC)
				return NULL;
			if (st->alt == ALT_NOT)
				st->alt = ALT_LOC;
		} else if (c == 'C' || c == 'Y') {
			if (st->alt == ALT_LOC)
				return NULL;
			st->alt = ALT_RAW;
		} else if (c == 'y' && st->alt != ALT_RAW) {
			/* A year of the era that is not there is read and
			 * dropped; then, the first time, %y follows. */
			if ((rp = number(rp, 0, 9999, 4, &v)) == NULL || st->alt == ALT_LOC)
				return NULL;
			st->alt = ALT_RAW;
		}
	}
	*fmtp = fmt;
	switch (c) {
	case '%':
		return *rp == '%' ? rp + 1 : NULL;
	case 'a':
	case 'A':
		v = st->alt == ALT_RAW ? raw_day_name(&rp) : name(&rp, __w64_day_names, abbreviated_days, 7);
		if (v < 0)
			return NULL;
		tm->tm_wday = v;
		st->have_wday = 1;
		st->seen |= W64_TM_WDAY;
		return rp;
	case 'b':
	case 'B':
	case 'h':
		if ((v = name(&rp, __w64_month_names, abbreviated_months, 12)) < 0)
			return NULL;
		tm->tm_mon = v;
		st->have_mon = st->want_xday = 1;
		st->seen |= W64_TM_MON;
		return rp;
	case 'c':
		st->want_xday = 1;
		return parse(rp, "%a %b %e %H:%M:%S %Y", tm, st);
	case 'C':
		if ((rp = number(rp, 0, 99, 2, &v)) == NULL)
			return NULL;
		st->century = v;
		st->want_xday = 1;
		st->seen |= W64_TM_YEAR;
		return rp;
	case 'd':
	case 'e':
		if ((rp = number(rp, 1, 31, 2, &tm->tm_mday)) == NULL)
			return NULL;
		st->have_mday = st->want_xday = 1;
		st->seen |= W64_TM_MDAY;
		return rp;
	case 'D':
	case 'x':
		st->want_xday = 1;
		return parse(rp, "%m/%d/%y", tm, st);
	case 'F':
		st->want_xday = 1;
		return parse(rp, "%Y-%m-%d", tm, st);
	case 'g':
	case 'V':
		/* Read and ignored: without more, no date follows from them. */
		return number(rp, 0, c == 'g' ? 99 : 53, 2, &v);
	case 'G':
		if (*rp < '0' || *rp > '9')
			return NULL;
		while (*rp >= '0' && *rp <= '9')
			rp++;
		return rp;
	case 'H':
	case 'k':
		if ((rp = number(rp, 0, 23, 2, &tm->tm_hour)) == NULL)
			return NULL;
		st->have_I = 0;
		st->seen |= W64_TM_HOUR;
		return rp;
	case 'I':
	case 'l':
		if ((rp = number(rp, 1, 12, 2, &v)) == NULL)
			return NULL;
		tm->tm_hour = v % 12;
		st->have_I = 1;
		st->seen |= W64_TM_HOUR;
		return rp;
	case 'j':
		if ((rp = number(rp, 1, 366, 3, &v)) == NULL)
			return NULL;
		tm->tm_yday = v - 1;
		st->have_yday = 1;
		return rp;
	case 'm':
		if ((rp = number(rp, 1, 12, 2, &v)) == NULL)
			return NULL;
		tm->tm_mon = v - 1;
		st->have_mon = st->want_xday = 1;
		st->seen |= W64_TM_MON;
		return rp;
	case 'M':
		st->seen |= W64_TM_MIN;
		return number(rp, 0, 59, 2, &tm->tm_min);
	case 'n':
	case 't':
		while (isspace((unsigned char)*rp))
			rp++;
		return rp;
	case 'p':
		if (strncasecmp(rp, "AM", 2) == 0)
			st->is_pm = 0;
		else if (strncasecmp(rp, "PM", 2) == 0)
			st->is_pm = 1;
		else
			return NULL;
		return rp + 2;
	case 'r':
		return parse(rp, "%I:%M:%S %p", tm, st);
	case 'R':
		return parse(rp, "%H:%M", tm, st);
	case 's': {
		/* Seconds since the epoch, as localtime (UTC) breaks them down;
		 * too many digits for a time_t fail. */
		if (*rp < '0' || *rp > '9')
			return NULL;
		time_t t = 0;
		do {
			if (t > (INT64_MAX - 9) / 10)
				return NULL;
			t = t * 10 + (*rp++ - '0');
		} while (*rp >= '0' && *rp <= '9');
		st->seen |= W64_TM_YEAR | W64_TM_MON | W64_TM_MDAY | W64_TM_WDAY | W64_TM_HOUR | W64_TM_MIN |
			    W64_TM_SEC;
		return localtime_r(&t, tm) != NULL ? rp : NULL;
	}
	case 'S':
		st->seen |= W64_TM_SEC;
		return number(rp, 0, 61, 2, &tm->tm_sec);
	case 'T':
	case 'X':
		return parse(rp, "%H:%M:%S", tm, st);
	case 'u':
		if ((rp = number(rp, 1, 7, 1, &v)) == NULL)
			return NULL;
		tm->tm_wday = v % 7;
		st->have_wday = 1;
		st->seen |= W64_TM_WDAY;
		return rp;
	case 'U':
	case 'W':
		if ((rp = number(rp, 0, 53, 2, &st->week_no)) == NULL)
			return NULL;
		/* With both, %U's Sunday weeks win, whichever came last. */
		if (c == 'U')
			st->have_uweek = 1;
		else
			st->have_wweek = 1;
		return rp;
	case 'w':
		if ((rp = number(rp, 0, 6, 1, &tm->tm_wday)) == NULL)
			return NULL;
		st->have_wday = 1;
		st->seen |= W64_TM_WDAY;
		return rp;
	case 'y':
		if ((rp = number(rp, 0, 99, 2, &v)) == NULL)
			return NULL;
		tm->tm_year = v >= 69 ? v : v + 100;
		/* %Oy leaves %C alone to make the year on its own (glibc). */
		st->want_century |= mod != 'O';
		st->want_xday = 1;
		st->seen |= W64_TM_YEAR;
		return rp;
	case 'Y':
		if ((rp = number(rp, 0, 9999, 4, &v)) == NULL)
			return NULL;
		tm->tm_year = v - 1900;
		st->want_century = 0;
		st->want_xday = 1;
		st->seen |= W64_TM_YEAR;
		return rp;
	case 'Z':
		/* A zone name is read and not used (there is one zone). */
		while (isspace((unsigned char)*rp))
			rp++;
		while (*rp != '\0' && !isspace((unsigned char)*rp))
			rp++;
		return rp;
	case 'z': {
		/* Z, or +hh, +hhmm, +hh:mm (or -). */
		while (isspace((unsigned char)*rp))
			rp++;
		if (*rp == 'Z') {
			tm->tm_gmtoff = 0;
			return rp + 1;
		}
		if (*rp != '+' && *rp != '-')
			return NULL;
		int neg = *rp++ == '-', digits = 0;
		v = 0;
		while (digits < 4 && *rp >= '0' && *rp <= '9') {
			v = v * 10 + (*rp++ - '0');
			digits++;
			if (digits == 2 && *rp == ':' && rp[1] >= '0' && rp[1] <= '9')
				rp++;
		}
		if (digits == 2)
			v *= 100;
		else if (digits != 4 || v % 100 >= 60)
			return NULL;
		tm->tm_gmtoff = (long)(v / 100 * 3600 + v % 100 * 60) * (neg ? -1 : 1);
		return rp;
	}
	default:
		return NULL;
	}
}

static const char *parse(const char *rp, const char *fmt, struct tm *tm, struct state *st)
{
	while (*fmt != '\0') {
		if (isspace((unsigned char)*fmt)) {
			while (isspace((unsigned char)*rp))
				rp++;
			fmt++;
			continue;
		}
		if (*fmt != '%') {
			if (*fmt++ != *rp++)
				return NULL;
			continue;
		}
		fmt++;
		/* strftime's flags and field width mean nothing here. */
		while (*fmt != '\0' && strchr("-_0^#", *fmt) != NULL)
			fmt++;
		while (*fmt >= '0' && *fmt <= '9')
			fmt++;
		if ((rp = convert(rp, &fmt, tm, st)) == NULL)
			return NULL;
	}
	return rp;
}

char *__w64_strptime(const char *s, const char *fmt, struct tm *tm, unsigned *seen)
{
	struct state st = {.century = -1};
	const char *rp = parse(s, fmt, tm, &st);
	if (rp == NULL)
		return NULL;

	if (st.have_I && st.is_pm)
		tm->tm_hour += 12;
	if (st.century != -1)
		tm->tm_year = st.want_century ? tm->tm_year % 100 + (st.century - 19) * 100
					      : (st.century - 19) * 100;
	/* The fields the ones read imply (only with a sane month: the others
	 * may hold anything the caller left there). */
	int month_ok = tm->tm_mon >= 0 && tm->tm_mon <= 11;
	if (st.want_xday && !st.have_wday) {
		if (!(st.have_mon && st.have_mday) && st.have_yday) {
			month_from_yday(tm, &st);
			st.have_mon = st.have_mday = 1;
			month_ok = 1;
		}
		if (month_ok)
			set_wday(tm);
	}
	if (st.want_xday && !st.have_yday && month_ok)
		tm->tm_yday = days_before((int64_t)tm->tm_year + 1900, tm->tm_mon) + tm->tm_mday - 1;
	if ((st.have_uweek || st.have_wweek) && st.have_wday) {
		/* The weekday of January 1, then the day the week number and
		 * weekday name (weeks start on Sunday for %U, Monday for %W). */
		int wday = tm->tm_wday, mday = tm->tm_mday, mon = tm->tm_mon;
		int monday_first = !st.have_uweek;
		tm->tm_mday = 1;
		tm->tm_mon = 0;
		set_wday(tm);
		if (st.have_mday)
			tm->tm_mday = mday;
		if (st.have_mon)
			tm->tm_mon = mon;
		if (!st.have_yday)
			tm->tm_yday = (7 - (tm->tm_wday - monday_first)) % 7 + (st.week_no - 1) * 7 +
				      (wday - monday_first + 7) % 7;
		if (!st.have_mday || !st.have_mon)
			month_from_yday(tm, &st);
		tm->tm_wday = wday;
	}
	*seen = st.seen;
	return (char *)rp;
}
