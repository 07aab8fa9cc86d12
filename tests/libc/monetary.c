/*
 * strfmon and strfmon_l in the "C" locale (tests/libc-native/strfmon_diff.c
 * compares them with glibc), and nl_types.h's answers: catopen fails with
 * ENOTSUP, catgets gives back its default text.
 */
#include <errno.h>
#include <locale.h>
#include <monetary.h>
#include <nl_types.h>
#include <string.h>
#include <sys/types.h>

#include "check.h"

static char buf[128];

#define FMON(fmt, v, expect) CHECK(strfmon(buf, sizeof buf, fmt, v) == (ssize_t)strlen(expect) && strcmp(buf, expect) == 0)

static void test_strfmon(void)
{
	FMON("%n", 1234.567, "1234.57");
	FMON("%i", -1234.567, "-1234.57");
	FMON("%n", 0.0, "0.00");
	FMON("%n", -0.0, "-0.00"); /* printf's digits, as in glibc */
	FMON("[%(#2n]", -0.0, "[ -0.00]");
	FMON("[%=0#3n]", -0.0, "[ -00.00]");
	FMON("[%=*#3n]", -0.0, "[ *-0.00]");
	FMON("%n", 0.005, "0.01"); /* 0.005000000000000000104... */
	FMON("%.0n", 2.5, "2");    /* printf's rounding: to even */
	FMON("%.3n", 123456789.125, "123456789.125");
	FMON("%n", 1e20, "100000000000000000000.00");
	FMON("%(n", -3.5, "(3.50)");
	FMON("%(n", 3.5, "3.50");
	FMON("%+n", -3.5, "-3.50");
	FMON("%!n", 3.5, "3.50");
	FMON("%^n", 1234567.0, "1234567.00");
	/* Field width, left-justified with '-'. */
	FMON("[%12n]", -1.5, "[       -1.50]");
	FMON("[%-12n]", -1.5, "[-1.50       ]");
	FMON("[%3n]", 1234.0, "[1234.00]");
	/* Left precision: digits padded with the fill character, and a
	 * place for the sign. */
	FMON("[%#5n]", 12.0, "[    12.00]");
	FMON("[%#5n]", -12.0, "[-   12.00]");
	FMON("[%=*#5n]", 12.0, "[ ***12.00]");
	FMON("[%=0#5.1n]", -12.0, "[-00012.0]");
	FMON("[%(#5n]", -12.0, "[(   12.00)]");
	FMON("[%(#5n]", 12.0, "[    12.00]");
	FMON("[%#2n]", 12345.0, "[ 12345.00]");
	FMON("[%-14#5n]", 12.0, "[    12.00     ]");
	/* Literal text and %%; long double with L. */
	FMON("cost: %n%%", 9.99, "cost: 9.99%");
	CHECK(strfmon(buf, sizeof buf, "%Ln|%n", 1.25L, 2.5) == 9 && strcmp(buf, "1.25|2.50") == 0);
	CHECK(strfmon(buf, sizeof buf, "%n %i", 1.0, -2.0) == 10 && strcmp(buf, "1.00 -2.00") == 0);

	/* E2BIG: the result and its NUL must fit; a width that cannot is
	 * E2BIG before the rest of the conversion is read (glibc). */
	errno = 0;
	CHECK(strfmon(buf, 8, "%8q", 1.5) == -1 && errno == E2BIG);
	errno = 0;
	CHECK(strfmon(buf, 4, "%n", 1.5) == -1 && errno == E2BIG);
	CHECK(strfmon(buf, 5, "%n", 1.5) == 4 && strcmp(buf, "1.50") == 0);
	errno = 0;
	CHECK(strfmon(buf, 3, "abc") == -1 && errno == E2BIG);
	errno = 0;
	CHECK(strfmon(buf, 0, "") == -1 && errno == E2BIG);
	CHECK(strfmon(buf, 1, "") == 0 && buf[0] == '\0');
	/* EINVAL: an unknown conversion, flags after the width, two sign
	 * styles, '#' or '.' without digits. */
	static const char *const bad[] = {"%q", "%5(n", "%(+n", "%+(n", "%#n", "%.n", "%", "%=", "%L", "%Lx"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		errno = 0;
		CHECK(strfmon(buf, sizeof buf, bad[i], 1.0) == -1 && errno == EINVAL);
	}

	locale_t l = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
	CHECK(l != (locale_t)0);
	CHECK(strfmon_l(buf, sizeof buf, l, "%(#3.1n", -1.25) == 7 && strcmp(buf, "(  1.2)") == 0);
	freelocale(l);
}

static void test_catalogs(void)
{
	errno = 0;
	nl_catd cat = catopen("messages", NL_CAT_LOCALE);
	CHECK(cat == (nl_catd)-1 && errno == ENOTSUP);
	const char *dflt = "default text";
	errno = 0;
	CHECK(catgets(cat, NL_SETD, 1, dflt) == dflt && errno == 0);
	CHECK(catclose(cat) == 0);
}

int main(void)
{
	test_strfmon();
	test_catalogs();
	return check_summary();
}
