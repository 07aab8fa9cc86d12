#include <string.h>

#include "w64_crypt.h"

void __w64_digest_feed(void *ctx, struct __w64_digest_buf *d, const void *data, size_t n)
{
	const unsigned char *p = data;
	size_t used = d->len % d->size;

	d->len += n;
	if (used) {
		size_t take = n < d->size - used ? n : d->size - used;
		memcpy(d->buf + used, p, take);
		p += take;
		n -= take;
		if (used + take < d->size)
			return;
		d->block(ctx, d->buf);
	}
	for (; n >= d->size; p += d->size, n -= d->size)
		d->block(ctx, p);
	memcpy(d->buf, p, n);
}

/* 0x80, zeros, then the length in bits in the last 8 bytes of the final
 * block (SHA-512's field is 16 bytes; its upper half is 0 for any
 * length a size_t counts). */
void __w64_digest_pad(void *ctx, struct __w64_digest_buf *d, int big_endian)
{
	uint64_t bits = d->len * 8;
	unsigned char pad[2 * 128] = {0x80};
	size_t used = d->len % d->size, lenfield = d->size / 8;
	size_t total = (used + 1 + lenfield <= d->size ? d->size : 2 * d->size) - used;

	for (int i = 0; i < 8; i++)
		pad[total - 1 - (big_endian ? i : 7 - i)] = (unsigned char)(bits >> (8 * i));
	__w64_digest_feed(ctx, d, pad, total);
}
