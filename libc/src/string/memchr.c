#include <stdint.h>
#include <string.h>

#include "w64_word.h"

/*
 * Eight bytes per step from the aligned word holding s[0] (see strlen.c
 * and w64_word.h); a byte equal to c is a zero byte of word ^ c…c.
 * Below 16 bytes a byte loop is faster (bench/string.sh).
 */
W64_WORD_READS void *memchr(const void *s, int c, size_t n)
{
	if (n < 2 * W64_WORD_SIZE) {
		for (const unsigned char *p = s; n > 0; n--, p++) {
			if (*p == (unsigned char)c)
				return (void *)p;
		}
		return NULL;
	}
	uintptr_t misalign = (uintptr_t)s & (W64_WORD_SIZE - 1);
	const unsigned char *start = (const unsigned char *)s - misalign;
	const w64_word_alias_t *w = (const w64_word_alias_t *)(const void *)start;
	w64_word_t pattern = W64_ONES * (unsigned char)c;
	/* Bytes left from the start of *w on; callers pass SIZE_MAX for "no
	 * bound", and no memory holds SIZE_MAX - 8 bytes. */
	size_t left = (n > SIZE_MAX - W64_WORD_SIZE ? SIZE_MAX - W64_WORD_SIZE : n) + misalign;
	w64_word_t v = (*w ^ pattern) | w64_low_bytes(misalign);

	for (;;) {
		if (w64_has_zero(v)) {
			size_t at = w64_first_zero(v);
			return at < left ? (void *)((const unsigned char *)w + at) : NULL;
		}
		if (left <= W64_WORD_SIZE)
			return NULL;
		left -= W64_WORD_SIZE;
		v = *++w ^ pattern;
	}
}
