#include <string.h>

#include "w64_crypt.h"

static uint32_t rol(uint32_t x, int n)
{
	return (x << n) | (x >> (32 - n));
}

/* Each round's four rotation amounts, repeated over its 16 steps. */
static const unsigned char shifts[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static void block(void *ctx, const unsigned char *p)
{
	struct __w64_md5 *c = ctx;
	uint32_t x[16], a = c->h[0], b = c->h[1], cc = c->h[2], d = c->h[3];

	for (int i = 0; i < 16; i++)
		x[i] = p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 |
		       (uint32_t)p[4 * i + 3] << 24;
	for (int i = 0; i < 64; i++) {
		int round = i / 16;
		uint32_t f;
		int k;
		switch (round) {
		case 0:
			f = (b & cc) | (~b & d);
			k = i;
			break;
		case 1:
			f = (b & d) | (cc & ~d);
			k = (5 * i + 1) % 16;
			break;
		case 2:
			f = b ^ cc ^ d;
			k = (3 * i + 5) % 16;
			break;
		default:
			f = cc ^ (b | ~d);
			k = (7 * i) % 16;
			break;
		}
		uint32_t t = d;
		d = cc;
		cc = b;
		b = b + rol(a + f + __w64_md5_sines[i] + x[k], shifts[round][i % 4]);
		a = t;
	}
	c->h[0] += a;
	c->h[1] += b;
	c->h[2] += cc;
	c->h[3] += d;
}

void __w64_md5_init(struct __w64_md5 *c)
{
	c->h[0] = 0x67452301;
	c->h[1] = 0xefcdab89;
	c->h[2] = 0x98badcfe;
	c->h[3] = 0x10325476;
	c->d.len = 0;
	c->d.size = 64;
	c->d.block = block;
}

void __w64_md5_update(struct __w64_md5 *c, const void *data, size_t n)
{
	__w64_digest_feed(c, &c->d, data, n);
}

void __w64_md5_final(struct __w64_md5 *c, unsigned char digest[16])
{
	__w64_digest_pad(c, &c->d, 0);
	for (int i = 0; i < 16; i++)
		digest[i] = (unsigned char)(c->h[i / 4] >> (8 * (i % 4)));
}
