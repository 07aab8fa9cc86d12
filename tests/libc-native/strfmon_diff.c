/*
 * strfmon against glibc's, in the "C" locale.
 *
 *   strfmon_diff     W64_DIFF_CASES cases (default 200000), seed W64_DIFF_SEED
 *
 * Each case is a format of literal text and one or two conversions, each
 * with random flags (=f ^ + ( ! -; now and then two sign styles, or a
 * flag after the width, which are errors), width, left and right
 * precision and %n, %i or %Ln, over random values (integers, halves,
 * tiny and huge magnitudes, -0.0), into a buffer of random size.  The
 * result must agree; the text too when there is one, and errno when both
 * fail, except that glibc fails a result too long for the buffer without
 * setting E2BIG.  A size of 0 is left out: glibc writes there as if it
 * had room.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <monetary.h>
#include <stdio.h>
#include <string.h>

#include "diff.h"
#include "w64.h"

static unsigned long cases, mismatches;

static long double random_value(void)
{
	long double sign = rnd_below(3) == 0 ? -1 : 1;
	switch (rnd_below(7)) {
	case 0: return sign * (long double)rnd_below(100000);
	case 1: return sign * ((long double)rnd_below(100000) + 0.5L) / (1 << rnd_below(4));
	case 2: return sign * (long double)rnd_below(1000000) / 1000;
	case 3: return sign * ldexpl((long double)(rnd() >> 11), (int)rnd_below(120) - 100);
	case 4: return rnd_below(2) ? 0.0L : -0.0L;
	case 5: return sign * (long double)rnd_below(1000) / 1000000;
	default: return sign * (long double)(rnd() >> rnd_below(64));
	}
}

/* Appends a conversion; says whether it takes a long double. */
static int add_conversion(char *fmt)
{
	char *p = fmt + strlen(fmt);
	*p++ = '%';
	static const char flags[] = "^!-+(";
	for (unsigned k = rnd_below(4); k > 0; k--) {
		if (rnd_below(4) == 0) {
			*p++ = '=';
			*p++ = "*0x# "[rnd_below(5)];
		} else {
			char f = flags[rnd_below(5)];
			/* Two sign styles only now and then. */
			if ((f == '+' || f == '(') && (strchr(fmt, '+') || strchr(fmt, '(')) && rnd_below(8))
				continue;
			*p++ = f;
		}
	}
	if (rnd_below(2))
		p += sprintf(p, "%u", rnd_below(25));
	if (rnd_below(50) == 0)
		*p++ = "(-+"[rnd_below(3)];
	if (rnd_below(2))
		p += sprintf(p, "#%u", rnd_below(12));
	if (rnd_below(2))
		p += sprintf(p, ".%u", rnd_below(8));
	int is_long = rnd_below(4) == 0;
	if (is_long)
		*p++ = 'L';
	*p++ = rnd_below(40) == 0 ? 'x' : rnd_below(2) ? 'n' : 'i';
	*p = '\0';
	return is_long;
}

static void one_case(void)
{
	char fmt[96] = "";
	static const char *const texts[] = {"", "", "$", " ", "[", "%%", "total: ", "x"};
	strcat(fmt, texts[rnd_below(8)]);
	int two = rnd_below(3) == 0;
	int l1 = add_conversion(fmt), l2 = 0;
	strcat(fmt, texts[rnd_below(8)]);
	if (two) {
		l2 = add_conversion(fmt);
		strcat(fmt, texts[rnd_below(8)]);
	}
	long double v1 = random_value(), v2 = random_value();
	char g[160], w[160];
	/* Not 0: glibc then writes as if there were room. */
	size_t max = rnd_below(3) ? sizeof g : 1 + rnd_below(40);
	ssize_t gr, wr;
	errno = 0;
	w64_errno = 0;
#define BOTH(...)                                        \
	do {                                             \
		gr = strfmon(g, max, fmt, __VA_ARGS__);  \
		wr = w64_strfmon(w, max, fmt, __VA_ARGS__); \
	} while (0)
	switch (l1 * 2 + l2) {
	case 0: BOTH((double)v1, (double)v2); break;
	case 1: BOTH((double)v1, v2); break;
	case 2: BOTH(v1, (double)v2); break;
	default: BOTH(v1, v2); break;
	}
	int ge = errno, we = w64_errno;
	cases++;
	int ok = gr == wr;
	if (ok && gr >= 0)
		ok = strcmp(g, w) == 0;
	else if (ok && ge != 0)
		ok = w64_errno_meaning(ge, 0) == w64_errno_meaning(we, 1);
	else if (ok)
		ok = we == W64_E2BIG;
	if (!ok && mismatches++ < 20)
		printf("\"%s\" %La %La max %zu: glibc %zd \"%s\" errno %d, libc %zd \"%s\" errno %d\n", fmt, v1, v2, max, gr,
		       gr >= 0 ? g : "", ge, wr, wr >= 0 ? w : "", we);
}

int main(void)
{
	unsigned long n = diff_setup(200000);
	setlocale(LC_ALL, "C");
	for (unsigned long i = 0; i < n; i++)
		one_case();
	printf("strfmon: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
