#include <stdint.h>
#include <string.h>

#include "w64_word.h"

/*
 * Eight bytes per step (see w64_word.h), from the aligned word holding
 * s[0]: the bytes of that word before s are forced non-zero, so there is
 * no byte-by-byte prologue.  In wasm64-run (bench/string.sh) that is
 * about 20% slower than a byte loop on strings of up to 8 bytes, even at
 * 16, and 2.5 to 3.5 times faster from 64 bytes on.  An aligned word never straddles a
 * wasm page, so when one of its bytes is in bounds all of it is.  Built
 * with -fno-builtin: clang -O2 would turn a byte loop here into a call to
 * strlen.
 */
W64_WORD_READS size_t strlen(const char *s)
{
	uintptr_t misalign = (uintptr_t)s & (W64_WORD_SIZE - 1);
	const w64_word_alias_t *w = (const w64_word_alias_t *)(const void *)(s - misalign);
	w64_word_t v = *w | w64_low_bytes(misalign);

	while (!w64_has_zero(v))
		v = *++w;
	return (size_t)((const char *)w + w64_first_zero(v) - s);
}
