#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#include "w64_errno.h"
#include "w64_strto.h"

/* The value of c as a digit in bases up to 36, or 36 when it is none. */
static unsigned digit_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20; /* fold upper case onto lower case */
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	return 36;
}

uintmax_t __w64_strtox(const char *s, char **end, int base, int *neg, int *overflow)
{
	const unsigned char *p = (const unsigned char *)s;
	uintmax_t v = 0;

	*neg = 0;
	*overflow = 0;
	if (base < 0 || base == 1 || base > 36) {
		__w64_set_errno(EINVAL);
		if (end != NULL)
			*end = (char *)s;
		return 0;
	}
	while (isspace(*p))
		p++;
	if (*p == '+' || *p == '-')
		*neg = *p++ == '-';
	/* "0x" is a prefix only when a hex digit follows; otherwise the 0
	 * alone is the number and parsing stops at the x. */
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 0x20) == 'x' &&
	    digit_value(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = p[0] == '0' ? 8 : 10;
	}

	const unsigned char *digits = p;
	uintmax_t limit = UINTMAX_MAX / (unsigned)base;
	for (unsigned d; (d = digit_value(*p)) < (unsigned)base; p++) {
		if (v > limit || (v == limit && d > UINTMAX_MAX % (unsigned)base))
			*overflow = 1;
		v = v * (unsigned)base + d;
	}
	if (end != NULL)
		*end = (char *)(p == digits ? (const unsigned char *)s : p);
	if (p == digits)
		*neg = 0;
	return v;
}
