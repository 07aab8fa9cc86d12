#include <stdlib.h>
#include <string.h>

#include "w64/writer.h"

void w64_buf_free(struct w64_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

bool w64_buf_reserve(struct w64_buf *b, size_t n)
{
	if (b->oom)
		return false;
	if (n <= b->cap - b->len)
		return true;
	size_t cap = b->cap ? b->cap : 4096;
	while (cap - b->len < n) {
		if (cap > SIZE_MAX / 2) {
			b->oom = true;
			return false;
		}
		cap *= 2;
	}
	uint8_t *p = realloc(b->data, cap);
	if (!p) {
		b->oom = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

void w64_put_u8(struct w64_buf *b, uint8_t v)
{
	if (w64_buf_reserve(b, 1))
		b->data[b->len++] = v;
}

void w64_put_bytes(struct w64_buf *b, const void *p, size_t n)
{
	if (n && w64_buf_reserve(b, n)) {
		memcpy(b->data + b->len, p, n);
		b->len += n;
	}
}

void w64_put_u64(struct w64_buf *b, uint64_t v)
{
	if (!w64_buf_reserve(b, 10))
		return;
	do {
		uint8_t byte = v & 0x7f;
		v >>= 7;
		b->data[b->len++] = byte | (v ? 0x80 : 0);
	} while (v);
}

void w64_put_u32(struct w64_buf *b, uint32_t v)
{
	w64_put_u64(b, v);
}

void w64_put_s64(struct w64_buf *b, int64_t v)
{
	if (!w64_buf_reserve(b, 10))
		return;
	for (;;) {
		uint8_t byte = v & 0x7f;
		/* Arithmetic shift: keep the sign (implementation-defined in C11
		 * for negative values, arithmetic on every compiler we use). */
		v >>= 7;
		bool done = (v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40));
		b->data[b->len++] = byte | (done ? 0 : 0x80);
		if (done)
			return;
	}
}

void w64_put_s32(struct w64_buf *b, int32_t v)
{
	w64_put_s64(b, v);
}

void w64_put_vec(struct w64_buf *b, const void *p, size_t n)
{
	w64_put_u32(b, (uint32_t)n);
	w64_put_bytes(b, p, n);
}

size_t w64_u32_size(uint32_t v)
{
	size_t n = 1;
	while (v >= 0x80) {
		v >>= 7;
		n++;
	}
	return n;
}
