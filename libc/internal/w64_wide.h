/*
 * Helpers the wide-character functions share.
 */
#ifndef W64_WIDE_H
#define W64_WIDE_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/*
 * The wcsto* functions hand the byte parsers (strtol, strtod...) a byte
 * copy of what they could read: the wide string after its white space
 * (iswspace, as C11 7.29.4.1 says), as long as it is made of the ASCII
 * characters a number may contain.  The first other character ends the
 * copy, and would end the number anyway.
 */
struct __w64_narrow {
	char *text;          /* NUL-terminated */
	const wchar_t *from; /* the wide character text[0] came from */
	char small[96];
};

/* Makes the copy.  Out of memory (a copy longer than `small`), the copy
 * is empty, so the parser converts nothing, and errno is ENOMEM. */
W64_HIDDEN void __w64_narrow_number(struct __w64_narrow *n, const wchar_t *s);

/* Stores in *end (when end is not NULL) where the byte parser stopped
 * (stop, in n->text) as a place in the wide string s: s itself when it
 * converted nothing.  Frees the copy. */
W64_HIDDEN void __w64_narrow_done(struct __w64_narrow *n, const char *stop, const wchar_t *s,
				  wchar_t **end);

/*
 * The wide printf and scanf families run the byte engines (w64_format.h,
 * w64_scan.h) over their wide format, encoded in a private scheme: a
 * wide character below 0x80 is its byte, any other is UTF-8's pattern
 * stretched to every 32-bit value (a lead byte and up to five
 * continuation bytes for 31 bits, lead 0xfe and six for the rest), so
 * every wchar_t survives, surrogates and values past U+10FFFF included,
 * whatever the locale; and ASCII, which is all the engines look at, stays
 * itself.  The output of a wide printf is in the same scheme.
 */
#define W64_WENC_MAX 7

/* Writes c; returns the byte count (1 to W64_WENC_MAX). */
W64_HIDDEN size_t __w64_wenc(char *out, uint32_t c);

/* Reads one character from p, which holds a whole one; returns its byte
 * count. */
W64_HIDDEN size_t __w64_wdec(const char *p, uint32_t *c);

/* The characters in n bytes of whole characters. */
W64_HIDDEN size_t __w64_wenc_count(const char *p, size_t n);

/* A wide string in the scheme, NUL-terminated: in small (cap bytes) when
 * it fits, else malloc'd; NULL with errno ENOMEM. */
W64_HIDDEN char *__w64_wenc_string(const wchar_t *w, char *small, size_t cap);

/*
 * mbrtoc16 and c16rtomb keep a surrogate in mbstate_t's __need field
 * (mbrtowc's own values there stay below 0x1000) with the unit in
 * __value: a low surrogate mbrtoc16 still has to return, or a high one
 * c16rtomb is waiting to pair.
 */
#define W64_C16_PENDING 0x10000u
#define W64_C16_HIGH 0x20000u

#undef W64_HIDDEN

#endif
