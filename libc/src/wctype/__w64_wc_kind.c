#include <stdint.h>

#include "w64_wctype.h"

const struct __w64_wc_kind *__w64_wc_kind(uint32_t c, int utf8)
{
	if (c >= 0x110000 || (!utf8 && c >= 0x80))
		return &__w64_wc_kinds[0];
	unsigned leaf = __w64_wc_mid[__w64_wc_top[c >> 9]][(c >> 4) & 31];
	return &__w64_wc_kinds[__w64_wc_leaf[leaf][c & 15]];
}
