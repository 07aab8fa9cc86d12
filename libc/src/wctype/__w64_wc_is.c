#include <stdint.h>

#include "w64_wctype.h"

/* Digits and hex digits are ASCII's alone in every locale (C11
 * 7.30.2.1.5 and .12), so they are not in the tables. */
int __w64_wc_is(uint32_t c, unsigned long type, int utf8)
{
	static const uint16_t class_bits[] = {
		[W64_WCTYPE_ALPHA] = W64_WC_ALPHA, [W64_WCTYPE_BLANK] = W64_WC_BLANK,
		[W64_WCTYPE_CNTRL] = W64_WC_CNTRL, [W64_WCTYPE_GRAPH] = W64_WC_GRAPH,
		[W64_WCTYPE_LOWER] = W64_WC_LOWER, [W64_WCTYPE_PRINT] = W64_WC_PRINT,
		[W64_WCTYPE_PUNCT] = W64_WC_PUNCT, [W64_WCTYPE_SPACE] = W64_WC_SPACE,
		[W64_WCTYPE_UPPER] = W64_WC_UPPER,
	};
	int digit = c - '0' < 10;
	switch (type) {
	case W64_WCTYPE_DIGIT:
		return digit;
	case W64_WCTYPE_XDIGIT:
		return digit || (c | 0x20) - 'a' < 6;
	case W64_WCTYPE_ALNUM:
		return digit || (__w64_wc_kind(c, utf8)->classes & W64_WC_ALPHA) != 0;
	default:
		if (type >= sizeof class_bits / sizeof class_bits[0] || class_bits[type] == 0)
			return 0;
		return (__w64_wc_kind(c, utf8)->classes & class_bits[type]) != 0;
	}
}
