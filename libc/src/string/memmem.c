/*
 * memmem: the Two-Way algorithm of Crochemore and Perrin (1991) — linear
 * time, constant space, whatever the inputs (a naive search is quadratic
 * on "aaa…ab" in "aaaa…a").
 *
 * The needle x is cut at a critical factorization x = u·v, found as the
 * later of two maximal suffixes (one for each order of the alphabet).
 * Each attempt compares v left to right, then u right to left; on a
 * mismatch in v the window moves past it, and on a full match of v but
 * not u it moves by the needle's period.  When u repeats inside the
 * period ("periodic" needles) the part already known to match is
 * remembered and not compared again.
 */
#include <stddef.h>
#include <string.h>

/* The start of the maximal suffix of x[0..m) (as an index, -1 for "before
 * x[0]") under byte order, or the reverse order when `reverse`; *period
 * gets that suffix's period. */
static ptrdiff_t maximal_suffix(const unsigned char *x, ptrdiff_t m, int reverse, ptrdiff_t *period)
{
	ptrdiff_t ms = -1, j = 0, k = 1, p = 1;

	while (j + k < m) {
		unsigned char a = x[j + k], b = x[ms + k];
		if (reverse ? a > b : a < b) {
			j += k;
			k = 1;
			p = j - ms;
		} else if (a == b) {
			if (k != p) {
				k++;
			} else {
				j += p;
				k = 1;
			}
		} else {
			ms = j;
			j = ms + 1;
			k = p = 1;
		}
	}
	*period = p;
	return ms;
}

void *memmem(const void *hay, size_t hay_len, const void *needle, size_t needle_len)
{
	const unsigned char *y = hay, *x = needle;
	ptrdiff_t n = (ptrdiff_t)hay_len, m = (ptrdiff_t)needle_len;

	if (needle_len == 0)
		return (void *)y;
	if (needle_len > hay_len)
		return NULL;
	if (m == 1)
		return memchr(y, x[0], hay_len);

	ptrdiff_t p1, p2;
	ptrdiff_t ms1 = maximal_suffix(x, m, 0, &p1);
	ptrdiff_t ms2 = maximal_suffix(x, m, 1, &p2);
	ptrdiff_t ell = ms1 > ms2 ? ms1 : ms2; /* u = x[0..ell], v = x[ell+1..m) */
	ptrdiff_t p = ms1 > ms2 ? p1 : p2;

	if (memcmp(x, x + p, (size_t)(ell + 1)) == 0) {
		/* Periodic: x[0..memory] is known to match after a shift by p. */
		ptrdiff_t memory = -1;
		for (ptrdiff_t j = 0; j <= n - m;) {
			ptrdiff_t i = (ell > memory ? ell : memory) + 1;
			while (i < m && x[i] == y[i + j])
				i++;
			if (i < m) {
				j += i - ell;
				memory = -1;
				continue;
			}
			i = ell;
			while (i > memory && x[i] == y[i + j])
				i--;
			if (i <= memory)
				return (void *)(y + j);
			j += p;
			memory = m - p - 1;
		}
		return NULL;
	}

	/* Not periodic: any shift up to the larger half is safe. */
	p = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
	for (ptrdiff_t j = 0; j <= n - m;) {
		ptrdiff_t i = ell + 1;
		while (i < m && x[i] == y[i + j])
			i++;
		if (i < m) {
			j += i - ell;
			continue;
		}
		i = ell;
		while (i >= 0 && x[i] == y[i + j])
			i--;
		if (i < 0)
			return (void *)(y + j);
		j += p;
	}
	return NULL;
}
