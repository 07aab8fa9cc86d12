/*
 * POSIX locale objects (newlocale, duplocale, uselocale, freelocale),
 * nl_langinfo and nl_langinfo_l, and the *_l forms of the byte
 * functions (ctype, string, strings, stdlib, time).
 */
#include <ctype.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "check.h"

static void test_newlocale(void)
{
	errno = 0;
	CHECK(newlocale(LC_ALL_MASK, "de_DE.UTF-8", (locale_t)0) == (locale_t)0 && errno == ENOENT);
	errno = 0;
	CHECK(newlocale(LC_ALL_MASK, NULL, (locale_t)0) == (locale_t)0 && errno == EINVAL);
	errno = 0;
	CHECK(newlocale(1 << 20, "C", (locale_t)0) == (locale_t)0 && errno == EINVAL);

	/* Categories outside the mask come from base, or "C" without one. */
	locale_t u = newlocale(LC_CTYPE_MASK | LC_TIME_MASK, "C.UTF-8", (locale_t)0);
	CHECK(u != (locale_t)0);
	CHECK(strcmp(nl_langinfo_l(CODESET, u), "UTF-8") == 0);
	locale_t v = newlocale(LC_TIME_MASK, "C", u);
	CHECK(v != (locale_t)0 && strcmp(nl_langinfo_l(CODESET, v), "UTF-8") == 0);
	locale_t w = newlocale(LC_CTYPE_MASK, "POSIX", v);
	CHECK(w != (locale_t)0 && strcmp(nl_langinfo_l(CODESET, w), "ANSI_X3.4-1968") == 0);
	/* glibc's composite names, and "" from the environment. */
	locale_t x = newlocale(LC_ALL_MASK, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;"
				"LC_MONETARY=C;LC_MESSAGES=C", (locale_t)0);
	CHECK(x != (locale_t)0 && strcmp(nl_langinfo_l(CODESET, x), "UTF-8") == 0);
	const char *env = getenv("LC_ALL");
	if (env == NULL || *env == '\0')
		env = getenv("LC_CTYPE");
	if (env == NULL || *env == '\0')
		env = getenv("LANG");
	if (env == NULL || *env == '\0')
		env = "C";
	const char *codeset = strcmp(env, "C") == 0 || strcmp(env, "POSIX") == 0 ? "ANSI_X3.4-1968"
			      : strcmp(env, "C.UTF-8") == 0 || strcmp(env, "C.utf8") == 0 ? "UTF-8"
			      : NULL;
	locale_t e = newlocale(LC_CTYPE_MASK, "", (locale_t)0);
	if (codeset != NULL)
		CHECK(e != (locale_t)0 && strcmp(nl_langinfo_l(CODESET, e), codeset) == 0);
	else
		CHECK(e == (locale_t)0 && errno == ENOENT);

	/* duplocale of the global locale copies it as it is now. */
	setlocale(LC_ALL, "C.UTF-8");
	locale_t g = duplocale(LC_GLOBAL_LOCALE);
	setlocale(LC_ALL, "C");
	CHECK(g != (locale_t)0 && strcmp(nl_langinfo_l(CODESET, g), "UTF-8") == 0);
	CHECK(strcmp(nl_langinfo_l(CODESET, LC_GLOBAL_LOCALE), "ANSI_X3.4-1968") == 0);
	locale_t d = duplocale(u);
	CHECK(d != (locale_t)0 && strcmp(nl_langinfo_l(CODESET, d), "UTF-8") == 0);

	/* uselocale: the thread's locale wins over setlocale's until
	 * LC_GLOBAL_LOCALE, and setlocale still changes the global one. */
	CHECK(uselocale((locale_t)0) == LC_GLOBAL_LOCALE);
	CHECK(uselocale(u) == LC_GLOBAL_LOCALE && strcmp(nl_langinfo(CODESET), "UTF-8") == 0);
	CHECK(MB_CUR_MAX == 4);
	CHECK(strcmp(setlocale(LC_ALL, "C"), "C") == 0 && strcmp(nl_langinfo(CODESET), "UTF-8") == 0);
	CHECK(uselocale(w) == u && strcmp(nl_langinfo(CODESET), "ANSI_X3.4-1968") == 0);
	setlocale(LC_CTYPE, "C.UTF-8");
	CHECK(uselocale(LC_GLOBAL_LOCALE) == w && strcmp(nl_langinfo(CODESET), "UTF-8") == 0);
	setlocale(LC_ALL, "C");
	CHECK(MB_CUR_MAX == 1);

	freelocale(u);
	freelocale(v);
	freelocale(w);
	freelocale(x);
	freelocale(e);
	freelocale(g);
	freelocale(d);
}

static void test_langinfo(void)
{
	CHECK(strcmp(nl_langinfo(CODESET), "ANSI_X3.4-1968") == 0);
	CHECK(strcmp(nl_langinfo(D_T_FMT), "%a %b %e %H:%M:%S %Y") == 0);
	CHECK(strcmp(nl_langinfo(D_FMT), "%m/%d/%y") == 0 && strcmp(nl_langinfo(T_FMT), "%H:%M:%S") == 0);
	CHECK(strcmp(nl_langinfo(T_FMT_AMPM), "%I:%M:%S %p") == 0);
	CHECK(strcmp(nl_langinfo(AM_STR), "AM") == 0 && strcmp(nl_langinfo(PM_STR), "PM") == 0);
	CHECK(strcmp(nl_langinfo(DAY_1), "Sunday") == 0 && strcmp(nl_langinfo(DAY_7), "Saturday") == 0);
	CHECK(strcmp(nl_langinfo(ABDAY_4), "Wed") == 0 && strcmp(nl_langinfo(MON_12), "December") == 0);
	CHECK(strcmp(nl_langinfo(ABMON_9), "Sep") == 0 && strcmp(nl_langinfo(ERA), "") == 0);
	CHECK(strcmp(nl_langinfo(RADIXCHAR), ".") == 0 && strcmp(nl_langinfo(THOUSEP), "") == 0);
	CHECK(strcmp(nl_langinfo(YESEXPR), "^[yY]") == 0 && strcmp(nl_langinfo(NOEXPR), "^[nN]") == 0);
	CHECK(strcmp(nl_langinfo(CRNCYSTR), "-") == 0 && strcmp(nl_langinfo(ALT_DIGITS), "") == 0);
	CHECK(strcmp(nl_langinfo(-1), "") == 0 && strcmp(nl_langinfo(0x7fff0000), "") == 0);
	setlocale(LC_CTYPE, "C.UTF-8");
	CHECK(strcmp(nl_langinfo(CODESET), "UTF-8") == 0 && strcmp(nl_langinfo(MON_1), "January") == 0);
	setlocale(LC_ALL, "C");
}

static void test_byte_l(void)
{
	locale_t u = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
	/* Bytes are ASCII in both locales. */
	CHECK(isalpha_l('a', u) && !isalpha_l(0xe9, u) && isdigit_l('5', u) && isxdigit_l('F', u));
	CHECK(isspace_l(' ', u) && isblank_l('\t', u) && iscntrl_l(0x7f, u) && ispunct_l('!', u));
	CHECK(isupper_l('Q', u) && islower_l('q', u) && isgraph_l('#', u) && isprint_l(' ', u));
	CHECK(isalnum_l('z', u) && !isalnum_l('-', u) && toupper_l('e', u) == 'E' && tolower_l('E', u) == 'e');
	CHECK(strcoll_l("abc", "abd", u) < 0 && strcoll_l("\xc3\xa9", "z", u) > 0);
	char key[8];
	CHECK(strxfrm_l(key, "hello", sizeof key, u) == 5 && strcmp(key, "hello") == 0);
	CHECK(strcasecmp_l("HeLLo", "hello", u) == 0 && strncasecmp_l("abX", "ABy", 2, u) == 0);
	CHECK(strcmp(strerror_l(ENOENT, u), strerror(ENOENT)) == 0);
	char *end;
	CHECK(strtod_l("2.5x", &end, u) == 2.5 && *end == 'x');
	CHECK(strtof_l("0x1p-2", NULL, u) == 0.25f && strtold_l("1e3", NULL, u) == 1000.0L);
	struct tm tm = {.tm_year = 124, .tm_mon = 1, .tm_mday = 29, .tm_wday = 4};
	char buf[64];
	CHECK(strftime_l(buf, sizeof buf, "%A %d %B %Y", &tm, u) == 25 &&
	      strcmp(buf, "Thursday 29 February 2024") == 0);
	freelocale(u);
}

int main(void)
{
	test_newlocale();
	test_langinfo();
	test_byte_l();
	return check_summary();
}
