/*
 * bcrypt ("$2b$NN$" + 22 salt characters), Provos and Mazières'
 * eksblowfish: Blowfish whose key schedule is repeated 2^NN times,
 * alternately keyed by the pass phrase and by the salt, then used to
 * encrypt "OrpheanBeholderScryDoubt" 64 times.
 *
 * The variants differ only in the key: "$2b$" and "$2y$" take the bytes
 * as unsigned; "$2x$" reproduces an old implementation's sign-extension
 * of bytes above 0x7f (for hashes it stored); "$2a$" is correct but
 * changes one bit when a phrase would have hashed alike either way
 * despite such a byte, so that a "$2a$" hash from the buggy code never
 * verifies by accident.
 */
#include <errno.h>
#include <string.h>

#include "w64_crypt.h"

#define KEY_WORDS 18

struct bf {
	uint32_t p[18];
	uint32_t s[4][256];
};

/* bcrypt's own radix-64 alphabet, unlike crypt's other methods. */
static const char bf_digits[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

static uint32_t f(const struct bf *b, uint32_t x)
{
	return ((b->s[0][x >> 24] + b->s[1][(x >> 16) & 0xff]) ^ b->s[2][(x >> 8) & 0xff]) + b->s[3][x & 0xff];
}

static void encipher(const struct bf *b, uint32_t *lp, uint32_t *rp)
{
	uint32_t l = *lp, r = *rp;
	for (int i = 0; i < 16; i += 2) {
		l ^= b->p[i];
		r ^= f(b, l);
		r ^= b->p[i + 1];
		l ^= f(b, r);
	}
	*lp = r ^ b->p[17];
	*rp = l ^ b->p[16];
}

/*
 * Blowfish's key expansion after the P array has been keyed: encrypt a
 * running block, store it over P and then the S-boxes.  With a salt,
 * the block is first mixed with salt words 0,1 and 2,3 in turn.
 */
static void expand(struct bf *b, const uint32_t *salt)
{
	uint32_t l = 0, r = 0;
	int k = 0;
	uint32_t *dst[4 + 1] = {b->p, b->s[0], b->s[1], b->s[2], b->s[3]};
	int len[5] = {18, 256, 256, 256, 256};

	for (int t = 0; t < 5; t++) {
		for (int i = 0; i < len[t]; i += 2, k ^= 2) {
			if (salt) {
				l ^= salt[k];
				r ^= salt[k + 1];
			}
			encipher(b, &l, &r);
			dst[t][i] = l;
			dst[t][i + 1] = r;
		}
	}
}

static int decode(const char *s, unsigned char *out, int n)
{
	int bits = 0, have = 0;
	for (int i = 0; i < n;) {
		const char *d = *s ? strchr(bf_digits, *s) : NULL;
		if (d == NULL)
			return EINVAL;
		s++;
		bits = (bits << 6) | (int)(d - bf_digits);
		have += 6;
		if (have >= 8) {
			have -= 8;
			out[i++] = (unsigned char)(bits >> have);
			bits &= (1 << have) - 1;
		}
	}
	return 0;
}

static char *encode(char *o, const unsigned char *in, int n)
{
	uint32_t bits = 0;
	int have = 0;
	for (int i = 0; i < n; i++) {
		bits = (bits << 8) | in[i];
		have += 8;
		while (have >= 6) {
			have -= 6;
			*o++ = bf_digits[(bits >> have) & 63];
		}
	}
	if (have)
		*o++ = bf_digits[(bits << (6 - have)) & 63];
	return o;
}

int __w64_crypt_bcrypt(const char *phrase, const char *setting, char *out)
{
	char variant = setting[2];
	unsigned char saltb[16];
	uint32_t salt[4], key[KEY_WORDS];
	struct bf b;

	if (!strchr("abxy", variant) || variant == '\0' || setting[3] != '$' || setting[4] < '0' ||
	    setting[4] > '3' || setting[5] < '0' || setting[5] > '9' || setting[6] != '$')
		return EINVAL;
	int cost = (setting[4] - '0') * 10 + (setting[5] - '0');
	if (cost < 4 || cost > 31 || decode(setting + 7, saltb, 16))
		return EINVAL;
	for (int i = 0; i < 4; i++)
		salt[i] = (uint32_t)saltb[4 * i] << 24 | (uint32_t)saltb[4 * i + 1] << 16 |
			  (uint32_t)saltb[4 * i + 2] << 8 | saltb[4 * i + 3];

	/* The key: the phrase with its NUL, repeated to 72 bytes.  Alongside,
	 * what the sign-extending code made of it ($2x$ uses that). */
	const unsigned char *k = (const unsigned char *)phrase;
	uint32_t differs = 0;
	int late_high = 0;
	for (int i = 0; i < KEY_WORDS; i++) {
		uint32_t good = 0, bad = 0;
		for (int j = 0; j < 4; j++) {
			good = (good << 8) | *k;
			bad = (bad << 8) | (uint32_t)(int32_t)(signed char)*k;
			if (j > 0 && (*k & 0x80))
				late_high = 1;
			k = *k ? k + 1 : (const unsigned char *)phrase;
		}
		differs |= good ^ bad;
		key[i] = variant == 'x' ? bad : good;
	}

	memcpy(&b, __w64_blowfish_pi, sizeof b);
	for (int i = 0; i < KEY_WORDS; i++)
		b.p[i] ^= key[i];
	/* "$2a$": a byte above 0x7f after the first of a word, yet no word
	 * changed by sign extension. */
	if (variant == 'a' && late_high && differs == 0)
		b.p[0] ^= 0x10000;
	expand(&b, salt);

	for (uint64_t n = (uint64_t)1 << cost; n > 0; n--) {
		for (int i = 0; i < KEY_WORDS; i++)
			b.p[i] ^= key[i];
		expand(&b, NULL);
		for (int i = 0; i < KEY_WORDS; i++)
			b.p[i] ^= salt[i % 4];
		expand(&b, NULL);
	}

	uint32_t text[6];
	unsigned char ct[24];
	for (int i = 0; i < 6; i++) {
		const unsigned char *q = (const unsigned char *)"OrpheanBeholderScryDoubt" + 4 * i;
		text[i] = (uint32_t)q[0] << 24 | (uint32_t)q[1] << 16 | (uint32_t)q[2] << 8 | q[3];
	}
	for (int r = 0; r < 64; r++)
		for (int i = 0; i < 6; i += 2)
			encipher(&b, &text[i], &text[i + 1]);
	for (int i = 0; i < 24; i++)
		ct[i] = (unsigned char)(text[i / 4] >> (24 - 8 * (i % 4)));

	memcpy(out, setting, 7);
	char *o = encode(out + 7, saltb, 16);
	o = encode(o, ct, 23);
	*o = '\0';

	memset(&b, 0, sizeof b);
	memset(key, 0, sizeof key);
	return 0;
}
