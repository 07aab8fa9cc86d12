#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "w64/reader.h"

int w64_error_set(struct w64_error *e, size_t offset, const char *fmt, ...)
{
	if (e->set)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	e->offset = offset;
	e->set = true;
	return -1;
}

void w64_reader_init(struct w64_reader *r, const uint8_t *data, size_t len,
                     struct w64_error *err)
{
	r->data = data;
	r->pos = 0;
	r->end = len;
	r->err = err;
}

static bool vfail_at(struct w64_reader *r, size_t at, const char *fmt, va_list ap)
{
	if (!r->err->set) {
		vsnprintf(r->err->msg, sizeof r->err->msg, fmt, ap);
		r->err->offset = at;
		r->err->set = true;
	}
	/* Poison the reader: every later read fails without touching memory. */
	r->pos = r->end;
	return false;
}

bool w64_fail_at(struct w64_reader *r, size_t at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail_at(r, at, fmt, ap);
	va_end(ap);
	return false;
}

bool w64_fail_unsupported(struct w64_reader *r, size_t at, const char *fmt, ...)
{
	bool first = !r->err->set;
	va_list ap;
	va_start(ap, fmt);
	vfail_at(r, at, fmt, ap);
	va_end(ap);
	if (first)
		r->err->unsupported = true;
	return false;
}

bool w64_fail(struct w64_reader *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail_at(r, r->pos, fmt, ap);
	va_end(ap);
	return false;
}

bool w64_reader_sub(struct w64_reader *r, size_t len, struct w64_reader *sub,
                    const char *what)
{
	if (r->err->set)
		return false;
	if (len > w64_reader_left(r))
		return w64_fail(r, "%s: length out of bounds (%zu bytes, %zu left)",
		                what, len, w64_reader_left(r));
	sub->data = r->data;
	sub->pos = r->pos;
	sub->end = r->pos + len;
	sub->err = r->err;
	r->pos += len;
	return true;
}

/* A failed reader has pos == end (see vfail_at), so the inline fast
 * paths never read past an error. */
bool w64_read_u8_slow(struct w64_reader *r, uint8_t *out)
{
	if (r->err->set)
		return false;
	if (r->pos >= r->end)
		return w64_fail(r, "unexpected end");
	*out = r->data[r->pos++];
	return true;
}

/* LEB128 with at most `bits` significant bits.  The spec requires at most
 * ceil(bits/7) bytes, and the unused bits of the last byte to be zero
 * (unsigned) or copies of the sign bit (signed).  The bytes are scanned
 * with one bound computed up front (no per-byte checks of the reader):
 * this is the decoder's hottest loop after the opcode fetch. */
static bool read_leb(struct w64_reader *r, unsigned bits, bool is_signed, uint64_t *out)
{
	const unsigned max_bytes = (bits + 6) / 7;
	const size_t start = r->pos;

	if (r->err->set)
		return false;
	const uint8_t *p = r->data + start;
	size_t left = r->end - start;
	unsigned n = left < max_bytes ? (unsigned)left : max_bytes;
	uint64_t result = 0;
	unsigned i = 0;
	uint8_t byte = 0;
	for (; i < n; i++) {
		byte = p[i];
		result |= (uint64_t)(byte & 0x7f) << (7 * i);
		if (!(byte & 0x80))
			break;
	}
	if (i == n) {
		if (n < max_bytes) {
			r->pos = r->end;
			return w64_fail(r, "unexpected end (in LEB128 integer at 0x%zx)", start);
		}
		return w64_fail_at(r, start, "integer representation too long");
	}
	unsigned shift = 7 * (i + 1);
	if (i == max_bytes - 1) {
		unsigned used = bits - 7 * i; /* value bits in this byte, 1..7 */
		if (used < 7) {
			uint8_t unused_mask = (uint8_t)(0x7f & ~((1u << used) - 1));
			uint8_t unused = byte & unused_mask;
			bool negative = is_signed && (byte & (1u << (used - 1)));
			if (unused != (negative ? unused_mask : 0))
				return w64_fail_at(r, start, "integer too large");
		}
	}
	r->pos = start + i + 1;
	if (is_signed && shift < 64 && (byte & 0x40))
		result |= ~(uint64_t)0 << shift;
	*out = result;
	return true;
}

bool w64_read_u32_slow(struct w64_reader *r, uint32_t *out)
{
	uint64_t v;
	if (!read_leb(r, 32, false, &v))
		return false;
	*out = (uint32_t)v;
	return true;
}

bool w64_read_u64_slow(struct w64_reader *r, uint64_t *out)
{
	return read_leb(r, 64, false, out);
}

bool w64_read_s32_slow(struct w64_reader *r, int32_t *out)
{
	uint64_t v;
	if (!read_leb(r, 32, true, &v))
		return false;
	*out = (int32_t)(uint32_t)v;
	return true;
}

bool w64_read_s33(struct w64_reader *r, int64_t *out)
{
	uint64_t v;
	if (!read_leb(r, 33, true, &v))
		return false;
	*out = (int64_t)v;
	return true;
}

bool w64_read_s64(struct w64_reader *r, int64_t *out)
{
	uint64_t v;
	if (!read_leb(r, 64, true, &v))
		return false;
	*out = (int64_t)v;
	return true;
}

bool w64_read_bytes(struct w64_reader *r, size_t len, const uint8_t **out)
{
	if (r->err->set)
		return false;
	if (len > w64_reader_left(r))
		return w64_fail(r, "unexpected end (need %zu bytes, %zu left)", len,
		                w64_reader_left(r));
	*out = r->data + r->pos;
	r->pos += len;
	return true;
}

bool w64_read_f32(struct w64_reader *r, uint32_t *bits)
{
	const uint8_t *p;
	if (!w64_read_bytes(r, 4, &p))
		return false;
	*bits = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	        (uint32_t)p[3] << 24;
	return true;
}

bool w64_read_f64(struct w64_reader *r, uint64_t *bits)
{
	const uint8_t *p;
	if (!w64_read_bytes(r, 8, &p))
		return false;
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	*bits = v;
	return true;
}

bool w64_utf8_valid(const uint8_t *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		uint8_t c = s[i];
		size_t n;
		uint32_t cp;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07;
		} else {
			return false;
		}
		if (n > len - i - 1)
			return false;
		for (size_t k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return false;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return false;
		i += n + 1;
	}
	return true;
}

bool w64_read_name(struct w64_reader *r, struct w64_name *out)
{
	uint32_t len;
	const uint8_t *p;
	size_t at = r->pos;
	if (!w64_read_u32(r, &len) || !w64_read_bytes(r, len, &p))
		return false;
	if (!w64_utf8_valid(p, len))
		return w64_fail_at(r, at, "malformed UTF-8 encoding");
	out->bytes = p;
	out->len = len;
	return true;
}
