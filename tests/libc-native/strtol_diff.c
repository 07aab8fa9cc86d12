/*
 * The strtol family against glibc on generated strings: same value, same
 * end pointer, same errno (compared by meaning: the libc's errno values
 * are WASI's, glibc's are Linux's).
 *
 *   strtol_diff       W64_DIFF_CASES strings (default 200000), each
 *                     through strtol strtoll strtoul strtoull strtoimax
 *                     strtoumax atol atoll (and atoi when in int range)
 *
 * Strings: optional white space (all six kinds), an optional sign, an
 * optional 0, 0x or 0X, then up to 30 characters drawn from digits,
 * letters of both cases and a few stoppers — long enough to overflow
 * every type, short enough to hit the edges; bases 0, 2..36 and invalid
 * ones (-1, 1, 37).  Plus the values around each type's limits.
 * Prints mismatches (at most 20) and "strtol: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "w64.h"

static unsigned long cases, mismatches;
static void check(const char *fn, const char *s, int base, int same_value, char *gend, char *wend,
		  int gerr, int werr, const char *gv, const char *wv)
{
	/* An invalid base: glibc leaves *end alone, the libc points it at s
	 * (nothing was parsed); C says neither.  Value and errno must agree. */
	int base_ok = base == 0 || (base >= 2 && base <= 36);
	cases++;
	if (same_value && (gend == wend || !base_ok) && w64_errno_meaning(gerr, 0) == w64_errno_meaning(werr, 1))
		return;
	mismatches++;
	if (mismatches <= 20)
		printf("MISMATCH %s(\"%s\", base %d):\n  glibc %s end+%td errno %d\n  libc  %s end+%td errno %d\n",
		       fn, s, base, gv, gend - s, gerr, wv, wend - s, werr);
}

/* One function pair: value type T, printed with format F. */
#define CHECK_ONE(fn, T, F)                                                                  \
	do {                                                                                 \
		char *gend = NULL, *wend = NULL;                                             \
		char gv[32], wv[32];                                                         \
		errno = 0;                                                                   \
		T g = fn(s, &gend, base);                                                    \
		int gerr = errno;                                                            \
		w64_errno = 0;                                                               \
		T w = w64_##fn(s, &wend, base);                                              \
		int werr = w64_errno;                                                        \
		snprintf(gv, sizeof gv, F, g);                                               \
		snprintf(wv, sizeof wv, F, w);                                               \
		check(#fn, s, base, g == w, gend, wend, gerr, werr, gv, wv);                 \
	} while (0)

static void check_string(const char *s, int base)
{
	CHECK_ONE(strtol, long, "%ld");
	CHECK_ONE(strtoll, long long, "%lld");
	CHECK_ONE(strtoul, unsigned long, "%lu");
	CHECK_ONE(strtoull, unsigned long long, "%llu");
	CHECK_ONE(strtoimax, intmax_t, "%jd");
	CHECK_ONE(strtoumax, uintmax_t, "%ju");

	if (base != 10)
		return;
	/* atol and atoll are strtol(s, NULL, 10) without errno; atoi only
	 * in int range, as beyond it C leaves the result undefined. */
	char gv[32], wv[32];
	long gl = atol(s), wl = w64_atol(s);
	snprintf(gv, sizeof gv, "%ld", gl);
	snprintf(wv, sizeof wv, "%ld", wl);
	check("atol", s, 10, gl == wl, NULL, NULL, 0, 0, gv, wv);
	long long gll = atoll(s), wll = w64_atoll(s);
	snprintf(gv, sizeof gv, "%lld", gll);
	snprintf(wv, sizeof wv, "%lld", wll);
	check("atoll", s, 10, gll == wll, NULL, NULL, 0, 0, gv, wv);
	if (gl >= INT_MIN && gl <= INT_MAX) {
		int gi = atoi(s), wi = w64_atoi(s);
		snprintf(gv, sizeof gv, "%d", gi);
		snprintf(wv, sizeof wv, "%d", wi);
		check("atoi", s, 10, gi == wi, NULL, NULL, 0, 0, gv, wv);
	}
}

static void random_case(void)
{
	static const char spaces[] = " \t\n\v\f\r";
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
	static const char stoppers[] = " +-._xX\x80\xff";
	char s[64];
	size_t n = 0;

	for (unsigned i = rnd_below(4) == 0 ? rnd_below(4) : 0; i > 0; i--)
		s[n++] = spaces[rnd_below(6)];
	switch (rnd_below(4)) {
	case 0: s[n++] = '-'; break;
	case 1: s[n++] = '+'; break;
	}
	switch (rnd_below(6)) {
	case 0: s[n++] = '0'; break;
	case 1: s[n++] = '0'; s[n++] = 'x'; break;
	case 2: s[n++] = '0'; s[n++] = 'X'; break;
	}
	int base;
	switch (rnd_below(8)) {
	case 0: base = 0; break;
	case 1: base = 10; break;
	case 2: base = 16; break;
	case 3: base = (int[]){-1, 1, 37, 8, 2}[rnd_below(5)]; break;
	default: base = 2 + (int)rnd_below(35); break;
	}
	/* Digits mostly valid for the base, so that long runs overflow. */
	unsigned radix = base >= 2 && base <= 36 ? (unsigned)base : 16;
	unsigned len = rnd_below(31);
	for (unsigned i = 0; i < len; i++) {
		unsigned r = rnd_below(32);
		if (r == 0)
			s[n++] = stoppers[rnd_below(sizeof stoppers - 1)];
		else if (r == 1)
			s[n++] = digits[rnd_below(sizeof digits - 1)];
		else {
			unsigned d = rnd_below(radix);
			s[n++] = d < 36 && rnd_below(2) && d >= 10 ? (char)('A' + d - 10) : digits[d];
		}
	}
	s[n] = '\0';
	check_string(s, base);
}

static void edge_cases(void)
{
	static const char *const strings[] = {
		"", " ", "-", "+", "0", "-0", "+0", "0x", "0X", "0x1", "0xg", "0x-1", "00x1", "08",
		"0b101", " \t\n\v\f\r42", "4 2", "--1", "+-1", "2147483647", "2147483648",
		"-2147483648", "-2147483649", "4294967295", "4294967296", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "-18446744073709551615",
		"-18446744073709551616", "99999999999999999999999999999", "0x7fffffffffffffff",
		"0x8000000000000000", "0xffffffffffffffff", "0x10000000000000000",
		"-0x8000000000000000", "01777777777777777777777", "02000000000000000000000",
		"zzzzzzzzzzzzz", "ZZZZZZZZZZZZZ", "3w5e11264sgsf", "3w5e11264sgsg", "1y2p0ij32e8e7",
		("\x80" "1"), "1\x80",
	};
	static const int bases[] = {0, 2, 8, 10, 16, 36, -1, 1, 37};
	for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
		for (size_t j = 0; j < sizeof bases / sizeof bases[0]; j++)
			check_string(strings[i], bases[j]);
	}
}

int main(void)
{
	unsigned long n = diff_setup(200000);

	edge_cases();
	for (unsigned long i = 0; i < n; i++)
		random_case();
	printf("strtol: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
