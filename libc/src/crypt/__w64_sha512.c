#include <string.h>

#include "w64_crypt.h"

static uint64_t ror(uint64_t x, int n)
{
	return (x >> n) | (x << (64 - n));
}

static void block(void *ctx, const unsigned char *p)
{
	struct __w64_sha512 *c = ctx;
	uint64_t w[80];

	for (int i = 0; i < 16; i++) {
		w[i] = 0;
		for (int j = 0; j < 8; j++)
			w[i] = w[i] << 8 | p[8 * i + j];
	}
	for (int i = 16; i < 80; i++) {
		uint64_t s0 = ror(w[i - 15], 1) ^ ror(w[i - 15], 8) ^ (w[i - 15] >> 7);
		uint64_t s1 = ror(w[i - 2], 19) ^ ror(w[i - 2], 61) ^ (w[i - 2] >> 6);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	uint64_t a = c->h[0], b = c->h[1], cc = c->h[2], d = c->h[3];
	uint64_t e = c->h[4], f = c->h[5], g = c->h[6], h = c->h[7];
	for (int i = 0; i < 80; i++) {
		uint64_t t1 = h + (ror(e, 14) ^ ror(e, 18) ^ ror(e, 41)) + ((e & f) ^ (~e & g)) + __w64_sha512_k[i] + w[i];
		uint64_t t2 = (ror(a, 28) ^ ror(a, 34) ^ ror(a, 39)) + ((a & b) ^ (a & cc) ^ (b & cc));
		h = g;
		g = f;
		f = e;
		e = d + t1;
		d = cc;
		cc = b;
		b = a;
		a = t1 + t2;
	}
	c->h[0] += a;
	c->h[1] += b;
	c->h[2] += cc;
	c->h[3] += d;
	c->h[4] += e;
	c->h[5] += f;
	c->h[6] += g;
	c->h[7] += h;
}

void __w64_sha512_init(struct __w64_sha512 *c)
{
	memcpy(c->h, __w64_sha512_h0, sizeof c->h);
	c->d.len = 0;
	c->d.size = 128;
	c->d.block = block;
}

void __w64_sha512_update(struct __w64_sha512 *c, const void *data, size_t n)
{
	__w64_digest_feed(c, &c->d, data, n);
}

void __w64_sha512_final(struct __w64_sha512 *c, unsigned char digest[64])
{
	__w64_digest_pad(c, &c->d, 1);
	for (int i = 0; i < 64; i++)
		digest[i] = (unsigned char)(c->h[i / 8] >> (56 - 8 * (i % 8)));
}
