/*
 * Helpers the wide-character functions share.
 */
#ifndef W64_WIDE_H
#define W64_WIDE_H

#include <stddef.h>
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
 * mbrtoc16 and c16rtomb keep a surrogate in mbstate_t's __need field
 * (mbrtowc's own values there stay below 0x1000) with the unit in
 * __value: a low surrogate mbrtoc16 still has to return, or a high one
 * c16rtomb is waiting to pair.
 */
#define W64_C16_PENDING 0x10000u
#define W64_C16_HIGH 0x20000u

#undef W64_HIDDEN

#endif
