/*
 * The wide-character classes, case mappings and widths: tables generated
 * from glibc's C.UTF-8 sources by scripts/gen-wctype.py
 * (libc/src/wctype/__w64_wctype_data.c, which says how they are laid
 * out), and the functions over them that every <wctype.h> function and
 * wcwidth call.  In the "C" locale only ASCII has classes, case and
 * width, as in glibc's "C".
 */
#ifndef W64_WCTYPE_H
#define W64_WCTYPE_H

#include <stdint.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* Class bits of a kind (the generator writes them by name). */
#define W64_WC_ALPHA 0x001
#define W64_WC_BLANK 0x002
#define W64_WC_CNTRL 0x004
#define W64_WC_GRAPH 0x008
#define W64_WC_LOWER 0x010
#define W64_WC_PRINT 0x020
#define W64_WC_PUNCT 0x040
#define W64_WC_SPACE 0x080
#define W64_WC_UPPER 0x100

struct __w64_wc_kind {
	uint16_t classes;
	int8_t width;
};

/* A run of code points first, first + step, ... (count of them), each
 * mapped to itself plus offset. */
struct __w64_wc_case_run {
	uint32_t first;
	uint16_t count;
	uint8_t step;
	int32_t offset;
};

W64_HIDDEN extern const struct __w64_wc_kind __w64_wc_kinds[];
W64_HIDDEN extern const uint8_t __w64_wc_top[];
W64_HIDDEN extern const uint16_t __w64_wc_mid[][32];
W64_HIDDEN extern const uint8_t __w64_wc_leaf[][16];
W64_HIDDEN extern const struct __w64_wc_case_run __w64_wc_toupper[];
W64_HIDDEN extern const unsigned __w64_wc_toupper_count;
W64_HIDDEN extern const struct __w64_wc_case_run __w64_wc_tolower[];
W64_HIDDEN extern const unsigned __w64_wc_tolower_count;

/* wctype_t values (0 is wctype's "no such class"), in wctype's order. */
enum {
	W64_WCTYPE_ALNUM = 1,
	W64_WCTYPE_ALPHA,
	W64_WCTYPE_BLANK,
	W64_WCTYPE_CNTRL,
	W64_WCTYPE_DIGIT,
	W64_WCTYPE_GRAPH,
	W64_WCTYPE_LOWER,
	W64_WCTYPE_PRINT,
	W64_WCTYPE_PUNCT,
	W64_WCTYPE_SPACE,
	W64_WCTYPE_UPPER,
	W64_WCTYPE_XDIGIT,
};

/* The kind of code point c in the locale whose LC_CTYPE is UTF-8 (utf8)
 * or "C". */
W64_HIDDEN const struct __w64_wc_kind *__w64_wc_kind(uint32_t c, int utf8);

/* Whether c is in class `type` (a wctype_t); 0 for type 0. */
W64_HIDDEN int __w64_wc_is(uint32_t c, unsigned long type, int utf8);

/* wctrans_t points at one of these: 0 for "toupper", 1 for "tolower". */
W64_HIDDEN extern const int __w64_wctrans_ids[2];

/* c mapped to upper case (to_lower 0) or lower case (1); c itself when
 * it has no mapping, or is WEOF. */
W64_HIDDEN uint32_t __w64_wc_case(uint32_t c, int to_lower, int utf8);

#undef W64_HIDDEN

#endif
