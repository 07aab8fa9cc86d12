/*
 * The engine of strftime and wcsftime: every C11 conversion (with the E
 * and O modifiers, which the "C" locale ignores), POSIX's, and GNU's
 * flags as glibc implements them,
 * since programs written against glibc use them:
 *
 *   %_X  pad with spaces     %-X  no padding     %0X  pad with zeros
 *   %^X  upper case          %#X  swap case (names upper, %p and %Z lower)
 *   %NX  a field width N
 *
 * Numbers have a natural width (2 for %d, 3 for %j, none for the years
 * %Y %G %C) and pad to it or to N (with '-', only to N, in spaces); text
 * pads with spaces (zeros with 0) to N.  %k %l %P %s are GNU's too.  Where glibc prints a quirk the choice
 * follows glibc, so that outputs compare equal (tests/libc-native/
 * strftime_diff.c); an unknown conversion is copied out as written.
 */
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "w64_time.h"

struct out {
	char *s;
	size_t max;
	size_t len; /* may pass max: then the result does not fit */
};

static void put(struct out *o, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++, o->len++) {
		if (o->len < o->max)
			o->s[o->len] = p[i];
	}
}

static void fill(struct out *o, char c, size_t n)
{
	while (n-- > 0)
		put(o, &c, 1);
}

struct spec {
	char pad;    /* '_', '-', '0' or 0 for the conversion's own */
	int upper;   /* '^' */
	int swap;    /* '#' */
	size_t width; /* 0: none */
};

/* A number: at least `digits` digits (or the width), padded as the flags
 * say; `pad` is the conversion's own padding ('0' or ' '). */
static void put_num(struct out *o, const struct spec *sp, int64_t v, size_t digits, char pad)
{
	char buf[24];
	size_t n = 0;
	uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do {
		buf[sizeof buf - 1 - n++] = (char)('0' + mag % 10);
		mag /= 10;
	} while (mag != 0);
	if (sp->pad == '-') {
		/* No padding of its own, but still the width, in spaces. */
		digits = 1;
		pad = ' ';
	} else if (sp->pad == '_') {
		pad = ' ';
	} else if (sp->pad == '0') {
		pad = '0';
	}
	size_t width = sp->width > digits ? sp->width : digits;
	size_t len = n + (v < 0);
	size_t extra = width > len ? width - len : 0;
	if (pad == ' ')
		fill(o, ' ', extra);
	if (v < 0)
		put(o, "-", 1);
	if (pad == '0')
		fill(o, '0', extra);
	put(o, buf + sizeof buf - n, n);
}

/* Text: case changed as asked, padded to the width. */
static void put_text(struct out *o, const struct spec *sp, const char *p, size_t n, int case_to)
{
	if (sp->width > n)
		fill(o, sp->pad == '0' ? '0' : ' ', sp->width - n);
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		if (case_to > 0 && c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		else if (case_to < 0 && c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		put(o, &c, 1);
	}
}

static int is_leap(int64_t y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/*
 * ISO 8601 week-based year and week (%G %g %V), from tm_year, tm_yday and
 * tm_wday alone: weeks start on Monday, and a week belongs to the year
 * that holds its Thursday.
 */
static void iso_week(const struct tm *tm, int64_t *year, int *week)
{
	int64_t y = (int64_t)tm->tm_year + 1900;
	int64_t monday_based = (tm->tm_wday + 6) % 7;
	int64_t thursday = tm->tm_yday - monday_based + 3;
	if (thursday < 0) {
		y--;
		thursday += 365 + is_leap(y);
	} else if (thursday >= 365 + is_leap(y)) {
		thursday -= 365 + is_leap(y);
		y++;
	}
	*year = y;
	*week = (int)(thursday / 7 + 1);
}


static const char *name_or_q(const char *const names[], int n, int i)
{
	return i >= 0 && i < n ? names[i] : "?";
}

static void format(struct out *o, const char *fmt, const struct tm *tm);

/* A conversion defined as another format, handled as text. */
static void put_sub(struct out *o, const struct spec *sp, const char *fmt, const struct tm *tm)
{
	char buf[256];
	struct out sub = {buf, sizeof buf, 0};
	format(&sub, fmt, tm);
	size_t n = sub.len < sizeof buf ? sub.len : sizeof buf;
	put_text(o, sp, buf, n, sp->upper ? 1 : 0);
}

/* One conversion; returns 0 if `c` is not one (it is then copied). */
static int convert(struct out *o, const struct spec *sp, char c, const struct tm *tm)
{
	int64_t year = (int64_t)tm->tm_year + 1900;
	int up = sp->upper || sp->swap ? 1 : 0;
	const char *s;

	switch (c) {
	case 'a':
	case 'A':
	case 'b':
	case 'B':
	case 'h':
		if (c == 'a' || c == 'A')
			s = name_or_q(__w64_day_names, 7, tm->tm_wday);
		else
			s = name_or_q(__w64_month_names, 12, tm->tm_mon);
		put_text(o, sp, s, (c == 'A' || c == 'B') ? strlen(s) : (s[0] == '?' ? 1 : 3), up);
		return 1;
	case 'c':
		put_sub(o, sp, "%a %b %e %H:%M:%S %Y", tm);
		return 1;
	case 'C':
		put_num(o, sp, __w64_floor_div(year, 100), 1, '0');
		return 1;
	case 'd':
		put_num(o, sp, tm->tm_mday, 2, '0');
		return 1;
	case 'D':
	case 'x':
		put_sub(o, sp, "%m/%d/%y", tm);
		return 1;
	case 'e':
		put_num(o, sp, tm->tm_mday, 2, ' ');
		return 1;
	case 'F':
		put_sub(o, sp, "%Y-%m-%d", tm);
		return 1;
	case 'g':
	case 'G':
	case 'V': {
		int64_t iy;
		int week;
		iso_week(tm, &iy, &week);
		if (c == 'G')
			put_num(o, sp, iy, 1, '0');
		else if (c == 'g')
			put_num(o, sp, (iy % 100 + 100) % 100, 2, '0');
		else
			put_num(o, sp, week, 2, '0');
		return 1;
	}
	case 'H':
		put_num(o, sp, tm->tm_hour, 2, '0');
		return 1;
	case 'I':
		put_num(o, sp, (tm->tm_hour + 11) % 12 + 1, 2, '0');
		return 1;
	case 'j':
		put_num(o, sp, tm->tm_yday + 1, 3, '0');
		return 1;
	case 'k':
		put_num(o, sp, tm->tm_hour, 2, ' ');
		return 1;
	case 'l':
		put_num(o, sp, (tm->tm_hour + 11) % 12 + 1, 2, ' ');
		return 1;
	case 'm':
		put_num(o, sp, tm->tm_mon + 1, 2, '0');
		return 1;
	case 'M':
		put_num(o, sp, tm->tm_min, 2, '0');
		return 1;
	case 'n':
		put_text(o, sp, "\n", 1, 0);
		return 1;
	case 'p':
		/* '#' makes it lower case, '^' upper; '#' wins (as in glibc). */
		put_text(o, sp, tm->tm_hour >= 12 ? "PM" : "AM", 2, sp->swap ? -1 : sp->upper ? 1 : 0);
		return 1;
	case 'P':
		put_text(o, sp, tm->tm_hour >= 12 ? "pm" : "am", 2, 0);
		return 1;
	case 'r':
		put_sub(o, sp, "%I:%M:%S %p", tm);
		return 1;
	case 'R':
		put_sub(o, sp, "%H:%M", tm);
		return 1;
	case 's': {
		/* Padded as text would be (glibc): "%08s" of -1 is "000000-1". */
		struct tm copy = *tm;
		char buf[24];
		struct out num = {buf, sizeof buf, 0};
		put_num(&num, &(struct spec){.pad = '-'}, __w64_tm_to_time(&copy, NULL), 1, '0');
		put_text(o, sp, buf, num.len, 0);
		return 1;
	}
	case 'S':
		put_num(o, sp, tm->tm_sec, 2, '0');
		return 1;
	case 't':
		put_text(o, sp, "\t", 1, 0);
		return 1;
	case 'T':
	case 'X':
		put_sub(o, sp, "%H:%M:%S", tm);
		return 1;
	case 'u':
		put_num(o, sp, (tm->tm_wday + 6) % 7 + 1, 1, '0');
		return 1;
	case 'U':
		put_num(o, sp, (tm->tm_yday - tm->tm_wday + 7) / 7, 2, '0');
		return 1;
	case 'w':
		put_num(o, sp, tm->tm_wday, 1, '0');
		return 1;
	case 'W':
		put_num(o, sp, (tm->tm_yday - (tm->tm_wday + 6) % 7 + 7) / 7, 2, '0');
		return 1;
	case 'y':
		put_num(o, sp, (tm->tm_year % 100 + 100) % 100, 2, '0');
		return 1;
	case 'Y':
		put_num(o, sp, year, 1, '0');
		return 1;
	case 'z': {
		/* +hhmm: the sign, then the offset as a 4-digit number.  As
		 * in glibc, a width applies to each of them: "%6z" is
		 * "     +000000". */
		long off = tm->tm_gmtoff;
		long mag = off < 0 ? -(off / 60) : off / 60;
		put_text(o, sp, off < 0 ? "-" : "+", 1, 0);
		put_num(o, sp, mag / 60 * 100 + mag % 60, 4, '0');
		return 1;
	}
	case 'Z':
		s = tm->tm_zone != NULL ? tm->tm_zone : "UTC";
		put_text(o, sp, s, strlen(s), sp->swap ? -1 : sp->upper ? 1 : 0);
		return 1;
	case '%':
		put_text(o, sp, "%", 1, 0);
		return 1;
	default:
		return 0;
	}
}

static void format(struct out *o, const char *fmt, const struct tm *tm)
{
	for (const char *p = fmt; *p != '\0'; p++) {
		if (*p != '%') {
			put(o, p, 1);
			continue;
		}
		const char *start = p++;
		struct spec sp = {0};
		for (;; p++) {
			if (*p == '_' || *p == '-' || *p == '0')
				sp.pad = *p;
			else if (*p == '^')
				sp.upper = 1;
			else if (*p == '#')
				sp.swap = 1;
			else
				break;
		}
		while (*p >= '0' && *p <= '9') {
			size_t d = (size_t)(*p++ - '0');
			sp.width = sp.width > (SIZE_MAX - d) / 10 ? SIZE_MAX : sp.width * 10 + d;
		}
		/* The E and O modifiers, only where C11 allows them. */
		int ok = 1;
		if (*p == 'E') {
			p++;
			ok = *p != '\0' && strchr("cCxXyY", *p) != NULL;
		} else if (*p == 'O') {
			p++;
			ok = *p != '\0' && strchr("deHImMSuUVwWy", *p) != NULL;
		}
		if (*p == '\0') {
			put(o, start, (size_t)(p - start));
			break;
		}
		if (!ok || !convert(o, &sp, *p, tm))
			put(o, start, (size_t)(p - start) + 1);
	}
}

size_t __w64_strftime(char *s, size_t max, const char *fmt, const struct tm *tm)
{
	struct out o = {s, max, 0};

	format(&o, fmt, tm);
	return o.len;
}
