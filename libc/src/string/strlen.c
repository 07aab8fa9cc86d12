#include <stdint.h>
#include <string.h>

#include "w64_word.h"

/*
 * Eight bytes per step once aligned (see w64_word.h).  An aligned word
 * never straddles a wasm page, so when its first byte is in bounds all of
 * it is.  Built with -fno-builtin: clang -O2 would turn a byte loop here
 * into a call to strlen.
 */
W64_WORD_READS size_t strlen(const char *s)
{
	const char *p = s;

	for (; ((uintptr_t)p & (W64_WORD_SIZE - 1)) != 0; p++) {
		if (*p == '\0')
			return (size_t)(p - s);
	}
	const w64_word_alias_t *w = (const w64_word_alias_t *)p;
	while (!w64_has_zero(*w))
		w++;
	p = (const char *)w;
	p += w64_first_zero(*w);
	return (size_t)(p - s);
}
