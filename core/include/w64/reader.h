/* Bounded reader over a WebAssembly binary.
 *
 * Every byte of a module is read through one of these.  A reader never forms
 * a pointer past its end: it compares lengths first.  The first error wins
 * and is kept in *err with its absolute byte offset; after an error every
 * read fails, so callers may check once after a group of reads.
 */
#ifndef W64_READER_H
#define W64_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "w64/error.h"

struct w64_reader {
	const uint8_t *data;  /* first byte of the whole binary */
	size_t pos;           /* absolute offset of the next byte */
	size_t end;           /* absolute offset one past the last readable byte */
	struct w64_error *err;
};

void w64_reader_init(struct w64_reader *r, const uint8_t *data, size_t len,
                     struct w64_error *err);

/* A reader over [r->pos, r->pos + len) of the same binary; fails (and
 * marks r) if that runs past r's end.  r->pos is advanced past the range. */
bool w64_reader_sub(struct w64_reader *r, size_t len, struct w64_reader *sub,
                    const char *what);

static inline bool w64_reader_at_end(const struct w64_reader *r)
{
	return r->pos >= r->end;
}

static inline size_t w64_reader_left(const struct w64_reader *r)
{
	return r->pos < r->end ? r->end - r->pos : 0;
}

bool w64_read_u8_slow(struct w64_reader *r, uint8_t *out);
bool w64_read_u32_slow(struct w64_reader *r, uint32_t *out);

/* The common cases inline: a byte that is there, a one-byte LEB128. */
static inline __attribute__((always_inline)) bool w64_read_u8(struct w64_reader *r, uint8_t *out)
{
	if (__builtin_expect(r->pos < r->end, 1)) {
		*out = r->data[r->pos++];
		return true;
	}
	return w64_read_u8_slow(r, out);
}

/* Unsigned LEB128, <= 32 bits. */
static inline __attribute__((always_inline)) bool w64_read_u32(struct w64_reader *r, uint32_t *out)
{
	if (__builtin_expect(r->pos < r->end && r->data[r->pos] < 0x80, 1)) {
		*out = r->data[r->pos++];
		return true;
	}
	return w64_read_u32_slow(r, out);
}

bool w64_read_u64_slow(struct w64_reader *r, uint64_t *out);
/* Unsigned LEB128, <= 64 bits. */
static inline __attribute__((always_inline)) bool w64_read_u64(struct w64_reader *r, uint64_t *out)
{
	if (__builtin_expect(r->pos < r->end && r->data[r->pos] < 0x80, 1)) {
		*out = r->data[r->pos++];
		return true;
	}
	return w64_read_u64_slow(r, out);
}
bool w64_read_s32_slow(struct w64_reader *r, int32_t *out);
/* Signed LEB128, <= 32 bits; one byte inline (sign bit 0x40). */
static inline __attribute__((always_inline)) bool w64_read_s32(struct w64_reader *r, int32_t *out)
{
	if (__builtin_expect(r->pos < r->end && r->data[r->pos] < 0x80, 1)) {
		*out = (int32_t)(r->data[r->pos++] ^ 0x40) - 0x40;
		return true;
	}
	return w64_read_s32_slow(r, out);
}
bool w64_read_s33(struct w64_reader *r, int64_t *out);    /* signed LEB128, 33 bits (block types) */
bool w64_read_s64(struct w64_reader *r, int64_t *out);
bool w64_read_f32(struct w64_reader *r, uint32_t *bits);  /* little-endian raw bits */
bool w64_read_f64(struct w64_reader *r, uint64_t *bits);
/* Points *out at the next len bytes (inside the binary) and skips them. */
bool w64_read_bytes(struct w64_reader *r, size_t len, const uint8_t **out);
/* A length-prefixed name; checks that it is valid UTF-8. */
bool w64_read_name(struct w64_reader *r, struct w64_name *out);

/* Records an error at offset `at` (if none is recorded yet); returns false. */
bool w64_fail_at(struct w64_reader *r, size_t at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* An error for input that uses a feature this implementation lacks
 * (marks err->unsupported). */
bool w64_fail_unsupported(struct w64_reader *r, size_t at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Same, at the reader's current position. */
bool w64_fail(struct w64_reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* True for a well-formed UTF-8 sequence (no overlongs, no surrogates). */
bool w64_utf8_valid(const uint8_t *s, size_t len);

#endif
