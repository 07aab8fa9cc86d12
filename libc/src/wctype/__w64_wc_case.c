#include <stdint.h>

#include "w64_wctype.h"

const int __w64_wctrans_ids[2] = {0, 1};

uint32_t __w64_wc_case(uint32_t c, int to_lower, int utf8)
{
	if (!utf8 || c < 0x80) {
		if (c >= 0x80)
			return c;
		if (to_lower)
			return c - 'A' < 26 ? c + 0x20 : c;
		return c - 'a' < 26 ? c - 0x20 : c;
	}
	const struct __w64_wc_case_run *runs = to_lower ? __w64_wc_tolower : __w64_wc_toupper;
	unsigned lo = 0, hi = to_lower ? __w64_wc_tolower_count : __w64_wc_toupper_count;
	/* The last run that starts at or before c. */
	while (hi - lo > 1) {
		unsigned mid = lo + (hi - lo) / 2;
		if (runs[mid].first <= c)
			lo = mid;
		else
			hi = mid;
	}
	const struct __w64_wc_case_run *r = &runs[lo];
	if (c < r->first)
		return c;
	uint32_t k = (c - r->first) / r->step;
	if (k >= r->count || (c - r->first) % r->step != 0)
		return c;
	return (uint32_t)((int32_t)c + r->offset);
}
