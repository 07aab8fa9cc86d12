/* The strtol family (the host-side differential test compares millions
 * of generated strings against glibc; these are the landmarks). */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

#include "check.h"

static char *end;

int main(void)
{
	const char *s = "  -42xyz";
	CHECK(strtol(s, &end, 10) == -42 && end == s + 5);
	s = "0x1fZ";
	CHECK(strtol(s, &end, 0) == 31 && end == s + 4);
	CHECK(strtol(s, &end, 16) == 31 && end == s + 4);
	s = "0xg";
	CHECK(strtol(s, &end, 16) == 0 && end == s + 1); /* the 0, not "0x" */
	s = "0777";
	CHECK(strtol(s, &end, 0) == 511 && end == s + 4);
	s = "089";
	CHECK(strtol(s, &end, 0) == 0 && end == s + 1);
	s = "zz";
	CHECK(strtol(s, &end, 36) == 36 * 35 + 35 && end == s + 2);
	s = "1010102";
	CHECK(strtol(s, &end, 2) == 42 && end == s + 6);
	s = "  +";
	CHECK(strtol(s, &end, 10) == 0 && end == s); /* no digits: end = s */
	s = "";
	CHECK(strtoul(s, &end, 10) == 0 && end == s);

	errno = 0;
	CHECK(strtol("9223372036854775807", NULL, 10) == LONG_MAX && errno == 0);
	CHECK(strtol("9223372036854775808", NULL, 10) == LONG_MAX && errno == ERANGE);
	errno = 0;
	CHECK(strtol("-9223372036854775808", NULL, 10) == LONG_MIN && errno == 0);
	CHECK(strtol("-9223372036854775809", NULL, 10) == LONG_MIN && errno == ERANGE);
	errno = 0;
	s = "999999999999999999999999999abc";
	CHECK(strtoll(s, &end, 10) == LLONG_MAX && errno == ERANGE && end == s + 27);
	errno = 0;
	CHECK(strtoul("18446744073709551615", NULL, 10) == ULONG_MAX && errno == 0);
	CHECK(strtoul("18446744073709551616", NULL, 10) == ULONG_MAX && errno == ERANGE);
	errno = 0;
	CHECK(strtoul("-1", NULL, 10) == ULONG_MAX && errno == 0); /* negated as unsigned */
	CHECK(strtoull("-18446744073709551616", NULL, 10) == ULLONG_MAX && errno == ERANGE);
	errno = 0;
	CHECK(strtoimax("-0x8000000000000000", NULL, 16) == INTMAX_MIN && errno == 0);
	CHECK(strtoumax("0xffffffffffffffff", NULL, 0) == UINTMAX_MAX && errno == 0);

	errno = 0;
	s = "10";
	CHECK(strtol(s, &end, 1) == 0 && errno == EINVAL && end == s);
	errno = 0;
	CHECK(strtol(s, &end, 37) == 0 && errno == EINVAL);

	errno = 0;
	CHECK(atoi(" 123abc") == 123 && atol("-77") == -77 && atoll("9223372036854775807") == LLONG_MAX);
	CHECK(atoll("99999999999999999999") == LLONG_MAX && errno == 0); /* atoll leaves errno */
	return check_summary();
}
