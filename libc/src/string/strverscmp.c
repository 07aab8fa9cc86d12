#include <string.h>

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Compares as bytes, except where the first difference falls in a run of
 * digits (the run taken from its start, which both strings share up to
 * the difference):
 *  - runs that do not start with 0 are integers: the shorter run is the
 *    smaller number, and runs of one length compare as bytes;
 *  - a run that starts with 0 is a fraction: while it has been all zeros,
 *    the string whose run goes on is the smaller (000 < 00 < 0), and
 *    after a non-zero digit the bytes decide (01 < 010 < 09).
 * So "a9" < "a10" and 000 < 00 < 01 < 010 < 09 < 0 < 1 < 9 < 10.
 */
int strverscmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
	size_t i = 0;

	while (p[i] == q[i]) {
		if (p[i] == '\0')
			return 0;
		i++;
	}
	size_t start = i;
	while (start > 0 && is_digit(p[start - 1]))
		start--;
	int byte_order = p[i] - q[i];
	if (start == i && !(is_digit(p[i]) && is_digit(q[i])))
		return byte_order;
	if (p[start] == '0' || q[start] == '0') {
		if (start == i)
			return byte_order; /* a fraction against an integer, or 0 against 1-9 */
		int zeros_only = 1;
		for (size_t k = start; k < i; k++)
			zeros_only &= p[k] == '0';
		if (zeros_only && is_digit(p[i]) != is_digit(q[i]))
			return is_digit(p[i]) ? -1 : 1;
		return byte_order;
	}
	size_t np = i, nq = i;
	while (is_digit(p[np]))
		np++;
	while (is_digit(q[nq]))
		nq++;
	if (np != nq)
		return np < nq ? -1 : 1;
	return byte_order;
}
