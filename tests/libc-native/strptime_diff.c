/*
 * strptime against glibc's, in the "C" locale.
 *
 *   strptime_diff     W64_DIFF_CASES cases (default 200000), seed
 *                     W64_DIFF_SEED
 *
 * Both run with TZ=UTC0 (for %s).  Each case is one of:
 *   - one conversion (every one strptime knows, each E and O form, with
 *     strftime's flags and widths now and then), the text glibc's
 *     strftime makes of a random date with it, sometimes spoiled (cut
 *     short, a digit or letter changed, case changed, spaces added);
 *   - a format of two to five conversions and literal text, over the
 *     text strftime makes of it, spoiled the same way;
 *   - noise: random text against a random format.
 * Both parse into a struct tm filled beforehand with the same values (a
 * valid date, or zeros); the result (NULL, or how far it read) and every
 * field must agree.
 *
 * Then getdate, one case in sixteen: a DATEMSK file of templates that each
 * give a whole date and time (so that the current time does not enter),
 * and input strftime makes with one of them, spoiled now and then (also
 * into impossible dates, and trailing white space): the result,
 * getdate_err and the fields.  The file lives in a directory the libc
 * sees through a preopen of the same path (diff_preopen in diff.h), so
 * one DATEMSK serves both.
 *
 * Prints mismatches (at most 20) and "strptime: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diff.h"
#include "w64.h"

static unsigned long cases, mismatches, left_out;
static char dir[128];

static const char *const templates[] = {
	"%Y-%m-%d %H:%M:%S", "%d/%m/%Y %T", "%c", "%Y%m%d%H%M%S", "%A %d %B %Y %I:%M:%S %p",
	"%F %R", "%e %b %Y, %H h %M", "%s",
};
#define NTEMPLATES (sizeof templates / sizeof templates[0])

static const char *const conversions[] = {
	"a", "A", "b", "B", "h", "c", "C", "d", "e", "D", "F", "g", "G", "H", "I", "j", "k", "l",
	"m", "M", "n", "p", "r", "R", "s", "S", "t", "T", "u", "U", "V", "w", "W", "x", "X", "y",
	"Y", "z", "Z", "%", "Ec", "EC", "Ex", "EX", "Ey", "EY", "Od", "Oe", "OH", "OI", "Om",
	"OM", "OS", "OU", "OV", "Ow", "OW", "Oy", "Ob", "OB", "Oh", "Eq", "Oq", "q",
};
#define NCONV (sizeof conversions / sizeof conversions[0])

static void describe(char *buf, size_t n, const struct tm *tm)
{
	snprintf(buf, n, "%d-%d-%d %d:%d:%d wday %d yday %d isdst %d off %ld", tm->tm_year, tm->tm_mon,
		 tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday, tm->tm_isdst,
		 tm->tm_gmtoff);
}

static void random_tm(struct tm *tm)
{
	time_t t = (time_t)(rnd() % (UINT64_C(1) << 37)) - (INT64_C(1) << 36);
	if (rnd_below(3) == 0)
		t = (time_t)(rnd() % 4102444800u); /* 1970..2100 */
	gmtime_r(&t, tm);
	if (rnd_below(8) == 0)
		tm->tm_gmtoff = ((long)rnd_below(57) - 28) * 900;
}

/* Spoils text now and then, as input from people does. */
static void spoil(char *s)
{
	size_t len = strlen(s);
	switch (rnd_below(10)) {
	case 0:
		s[rnd_below((unsigned)len + 1)] = '\0';
		break;
	case 1:
		if (len > 0)
			s[rnd_below((unsigned)len)] = "0123456789azAZ :-+"[rnd_below(18)];
		break;
	case 2:
		for (size_t i = 0; i < len; i++)
			if (rnd_below(2))
				s[i] = (char)(s[i] ^ (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ? 0x20 : 0));
		break;
	case 3:
		if (len + 3 < 200) {
			size_t at = rnd_below((unsigned)len + 1);
			memmove(s + at + 2, s + at, len - at + 1);
			s[at] = ' ';
			s[at + 1] = rnd_below(2) ? ' ' : '\t';
		}
		break;
	}
}

static void compare(const char *input, const char *fmt)
{
	struct tm pre;
	if (rnd_below(2))
		random_tm(&pre);
	else
		memset(&pre, 0, sizeof pre);
	pre.tm_zone = NULL;
	struct tm g = pre, w = pre;
	char *ge = strptime(input, fmt, &g);
	char *we = w64_strptime(input, fmt, &w);
	cases++;
	int same_end = (ge == NULL) == (we == NULL) && (ge == NULL || ge == we);
	/* glibc leaves fields half-parsed after a failure too; only a
	 * success promises anything.  When the week or day-of-year
	 * arithmetic leaves the year (week 53 of a short year, %j 366 of a
	 * common one), glibc reads past the end of its month table for the
	 * month and day: those are left out, as is the weekday of a year
	 * past a million (%s), which overflows glibc's int arithmetic. */
	int year_days = 365 + ((g.tm_year + 1900) % 4 == 0 && ((g.tm_year + 1900) % 100 != 0 || (g.tm_year + 1900) % 400 == 0));
	int big = g.tm_year > 1000000 || g.tm_year < -1000000;
	if (ge != NULL && we != NULL && (big || (g.tm_yday == w.tm_yday && (g.tm_yday < 0 || g.tm_yday >= year_days)))) {
		left_out++;
		g.tm_mon = w.tm_mon;
		g.tm_mday = w.tm_mday;
		g.tm_wday = w.tm_wday;
		if (big)
			g.tm_yday = w.tm_yday;
	}
	int same_fields = ge == NULL ||
			  (g.tm_sec == w.tm_sec && g.tm_min == w.tm_min && g.tm_hour == w.tm_hour &&
			   g.tm_mday == w.tm_mday && g.tm_mon == w.tm_mon && g.tm_year == w.tm_year &&
			   g.tm_wday == w.tm_wday && g.tm_yday == w.tm_yday && g.tm_isdst == w.tm_isdst &&
			   g.tm_gmtoff == w.tm_gmtoff);
	if (same_end && same_fields)
		return;
	mismatches++;
	if (mismatches > 20)
		return;
	char gd[128], wd[128];
	describe(gd, sizeof gd, &g);
	describe(wd, sizeof wd, &w);
	printf("MISMATCH strptime(\"%s\", \"%s\"):\n  glibc %s %s\n  libc  %s %s\n", input, fmt,
	       ge ? "end+" : "NULL", ge ? gd : "", we ? "end+" : "NULL", we ? wd : "");
	if (ge)
		printf("  glibc read %td, libc %td\n", ge - input, we ? we - input : -1);
}

/* %[flag][width]conv, now and then with strftime's flags and width. */
static size_t add_conversion(char *fmt, size_t n, const char *conv)
{
	fmt[n++] = '%';
	if (rnd_below(8) == 0)
		fmt[n++] = "-_0^#"[rnd_below(5)];
	if (rnd_below(10) == 0)
		fmt[n++] = (char)('1' + rnd_below(9));
	for (; *conv; conv++)
		fmt[n++] = *conv;
	fmt[n] = '\0';
	return n;
}

/* The text strftime makes with fmt of a random date, spoiled, read back. */
static void format_spoil_compare(const char *fmt)
{
	char text[256];
	struct tm tm;
	random_tm(&tm);
	if (strftime(text, sizeof text - 8, fmt, &tm) == 0)
		text[0] = '\0';
	spoil(text);
	compare(text, fmt);
}

static void one_conversion(void)
{
	char fmt[16];
	add_conversion(fmt, 0, conversions[rnd_below(NCONV)]);
	format_spoil_compare(fmt);
}

static void several(void)
{
	static const char *const seps[] = {"", " ", "-", ":", "/", "  ", "\t", "T", ", ", "x"};
	char fmt[96];
	size_t n = 0;
	unsigned k = 2 + rnd_below(4);
	for (unsigned i = 0; i < k; i++) {
		n = add_conversion(fmt, n, conversions[rnd_below(NCONV - 3)]);
		const char *sep = seps[rnd_below(10)];
		memcpy(fmt + n, sep, strlen(sep) + 1);
		n += strlen(sep);
	}
	format_spoil_compare(fmt);
}

static void noise(void)
{
	static const char chars[] = "0123456789 :-/+JanFebMonTueAMPMpm\tZz";
	char fmt[32], text[40];
	size_t n = 0;
	unsigned k = 1 + rnd_below(3);
	for (unsigned i = 0; i < k; i++) {
		n = add_conversion(fmt, n, conversions[rnd_below(NCONV)]);
		if (rnd_below(3) == 0) {
			fmt[n++] = " :-"[rnd_below(3)];
			fmt[n] = '\0';
		}
	}
	size_t len = rnd_below(24);
	for (size_t i = 0; i < len; i++)
		text[i] = chars[rnd_below(sizeof chars - 1)];
	text[len] = '\0';
	compare(text, fmt);
}

static void one_getdate(void)
{
	char text[256];
	struct tm tm;
	random_tm(&tm);
	if (rnd_below(4) == 0)
		tm.tm_mday = 29 + (int)rnd_below(3); /* now and then none such */
	if (strftime(text, sizeof text - 8, templates[rnd_below(NTEMPLATES)], &tm) == 0)
		text[0] = '\0';
	if (rnd_below(4) == 0)
		spoil(text);
	if (rnd_below(4) == 0)
		strcat(text, rnd_below(2) ? "  " : "\t");
	getdate_err = w64_getdate_err = 0;
	struct tm *g = getdate(text), *w = w64_getdate(text);
	cases++;
	int ok = (g == NULL) == (w == NULL) && getdate_err == w64_getdate_err;
	if (ok && g != NULL)
		ok = g->tm_sec == w->tm_sec && g->tm_min == w->tm_min && g->tm_hour == w->tm_hour &&
		     g->tm_mday == w->tm_mday && g->tm_mon == w->tm_mon && g->tm_year == w->tm_year &&
		     g->tm_wday == w->tm_wday && g->tm_yday == w->tm_yday;
	if (ok)
		return;
	mismatches++;
	if (mismatches > 20)
		return;
	char gd[128] = "", wd[128] = "";
	if (g)
		describe(gd, sizeof gd, g);
	if (w)
		describe(wd, sizeof wd, w);
	printf("MISMATCH getdate(\"%s\"):\n  glibc %s err %d\n  libc  %s err %d\n", text, gd, getdate_err, wd,
	       w64_getdate_err);
}

int main(int argc, char **argv)
{
	(void)argc;
	diff_preopen(argv, dir, sizeof dir);
	unsigned long n = diff_setup(200000);
	setenv("TZ", "UTC0", 1);
	tzset();
	char path[160];
	snprintf(path, sizeof path, "%s/datemsk", dir);
	FILE *f = fopen(path, "w");
	for (size_t i = 0; i < NTEMPLATES; i++)
		fprintf(f, "%s\n", templates[i]);
	fclose(f);
	/* Each library has its own environment: the libc's is the one it
	 * read from the host at startup. */
	setenv("DATEMSK", path, 1);
	w64_setenv("DATEMSK", path, 1);
	for (unsigned long i = 0; i < n; i++) {
		switch (i % 16) {
		case 7: one_getdate(); break;
		case 2: case 5: case 10: case 13: several(); break;
		case 3: case 6: case 11: case 14: noise(); break;
		default: one_conversion(); break;
		}
	}
	unlink(path);
	rmdir(dir);
	printf("strptime: %lu days outside their year or past a million years left out\n", left_out);
	printf("strptime: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
