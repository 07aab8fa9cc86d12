/*
 * Word-at-a-time scanning for strlen and memchr: eight bytes per step.
 *
 * A word has a zero byte iff (w - 0x01…01) & ~w & 0x80…80 is non-zero,
 * and on a little-endian machine (wasm is one) its lowest set bit marks
 * the first zero byte (bits above it can be false positives, from the
 * borrow, never bits below).
 *
 * The scans read whole aligned words, so they may read a few bytes
 * before the start and past the end of the string, but never outside the
 * aligned words holding its first and last bytes.  In wasm that is always in bounds: memory grows in 64 KiB
 * pages and an aligned word never straddles one.  The reads go through a
 * may_alias type, and ASan (the host-side tests) is told not to check
 * them, as it would for any word-at-a-time libc.
 */
#ifndef W64_WORD_H
#define W64_WORD_H

#include <stdint.h>

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "w64_word.h assumes a little-endian target"
#endif

typedef uint64_t w64_word_t;
typedef uint64_t __attribute__((__may_alias__)) w64_word_alias_t;

#define W64_WORD_SIZE 8
#define W64_ONES UINT64_C(0x0101010101010101)
#define W64_HIGHS UINT64_C(0x8080808080808080)

#define W64_WORD_READS __attribute__((no_sanitize("address")))

static inline int w64_has_zero(w64_word_t w)
{
	return ((w - W64_ONES) & ~w & W64_HIGHS) != 0;
}

/* A word whose n < 8 low (first) bytes are 0xff and the rest 0: OR-ed
 * into the first word read, it hides the bytes before the start. */
static inline w64_word_t w64_low_bytes(uintptr_t n)
{
	return (UINT64_C(1) << (8 * n)) - 1;
}

/* The index of the first zero byte; w must have one. */
static inline unsigned w64_first_zero(w64_word_t w)
{
	return (unsigned)__builtin_ctzll((w - W64_ONES) & ~w & W64_HIGHS) / 8;
}

#endif
