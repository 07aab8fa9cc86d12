/*
 * SHA-256-crypt and SHA-512-crypt ("$5$", "$6$"), after Ulrich Drepper's
 * specification "Unix crypt using SHA-256 and SHA-512".  The two differ
 * only in the digest and in the order the digest's bytes are written out.
 */
#include <errno.h>
#include <string.h>

#include "w64_crypt.h"

#define ROUNDS_DEFAULT 5000
/* libxcrypt's bounds: below the minimum the hash is too cheap to keep,
 * above the maximum a stored setting could stall a login for hours.
 * (The specification clamps such values; libxcrypt refuses them.) */
#define ROUNDS_MIN 1000
#define ROUNDS_MAX 999999999
#define SALT_MAX 16

struct ctx {
	int wide;
	union {
		struct __w64_sha256 s256;
		struct __w64_sha512 s512;
	} u;
};

static void h_init(struct ctx *c)
{
	if (c->wide)
		__w64_sha512_init(&c->u.s512);
	else
		__w64_sha256_init(&c->u.s256);
}

static void h_add(struct ctx *c, const void *p, size_t n)
{
	if (c->wide)
		__w64_sha512_update(&c->u.s512, p, n);
	else
		__w64_sha256_update(&c->u.s256, p, n);
}

static void h_end(struct ctx *c, unsigned char *d)
{
	if (c->wide)
		__w64_sha512_final(&c->u.s512, d);
	else
		__w64_sha256_final(&c->u.s256, d);
}

/* Adds n bytes of the sequence that repeats the hs-byte digest d. */
static void h_add_repeated(struct ctx *c, const unsigned char *d, size_t hs, size_t n)
{
	for (; n > hs; n -= hs)
		h_add(c, d, hs);
	h_add(c, d, n);
}

/* "rounds=N$": N without a leading zero, within the bounds. */
static int parse_rounds(const char **sp, unsigned long *rounds)
{
	const char *s = *sp;
	unsigned long n = 0;

	if (*s < '1' || *s > '9')
		return EINVAL;
	for (; *s >= '0' && *s <= '9'; s++) {
		n = n * 10 + (unsigned long)(*s - '0');
		if (n > ROUNDS_MAX)
			return EINVAL;
	}
	if (*s != '$' || n < ROUNDS_MIN)
		return EINVAL;
	*rounds = n;
	*sp = s + 1;
	return 0;
}

static int sha_crypt(int wide, const char *phrase, const char *setting, char *out)
{
	const size_t hs = wide ? 64 : 32;
	const char *s = setting + 3;
	unsigned long rounds = ROUNDS_DEFAULT;
	int custom = 0;
	unsigned char a[64], b[64], p[64], dsalt[64];
	struct ctx c = {.wide = wide}, alt = {.wide = wide};

	if (strncmp(s, "rounds=", 7) == 0) {
		s += 7;
		int err = parse_rounds(&s, &rounds);
		if (err)
			return err;
		custom = 1;
	}
	size_t slen = strcspn(s, "$");
	if (slen > SALT_MAX)
		slen = SALT_MAX;
	size_t klen = strlen(phrase);

	/* B = H(key salt key). */
	h_init(&alt);
	h_add(&alt, phrase, klen);
	h_add(&alt, s, slen);
	h_add(&alt, phrase, klen);
	h_end(&alt, b);

	/* A = H(key salt, B stretched to the key's length, then per bit of
	 * the length from the lowest: B for a 1, the key for a 0). */
	h_init(&c);
	h_add(&c, phrase, klen);
	h_add(&c, s, slen);
	h_add_repeated(&c, b, hs, klen);
	for (size_t n = klen; n > 0; n >>= 1) {
		if (n & 1)
			h_add(&c, b, hs);
		else
			h_add(&c, phrase, klen);
	}
	h_end(&c, a);

	/* P: H(key repeated klen times), cut to klen bytes; S: H(salt
	 * repeated 16 + A[0] times), cut to slen bytes.  Each is used as
	 * the repetition of its digest. */
	h_init(&alt);
	for (size_t i = 0; i < klen; i++)
		h_add(&alt, phrase, klen);
	h_end(&alt, p);
	h_init(&alt);
	for (unsigned i = 0; i < 16u + a[0]; i++)
		h_add(&alt, s, slen);
	h_end(&alt, dsalt);

	for (unsigned long r = 0; r < rounds; r++) {
		h_init(&c);
		if (r & 1)
			h_add_repeated(&c, p, hs, klen);
		else
			h_add(&c, a, hs);
		if (r % 3)
			h_add_repeated(&c, dsalt, hs, slen);
		if (r % 7)
			h_add_repeated(&c, p, hs, klen);
		if (r & 1)
			h_add(&c, a, hs);
		else
			h_add_repeated(&c, p, hs, klen);
		h_end(&c, a);
	}

	char *o = out;
	memcpy(o, setting, 3);
	o += 3;
	if (custom) {
		/* The digits as given: parse_rounds accepted no other spelling. */
		const char *digits = setting + 3 + 7;
		size_t nd = strspn(digits, "0123456789");
		memcpy(o, "rounds=", 7);
		memcpy(o + 7, digits, nd);
		o[7 + nd] = '$';
		o += 8 + nd;
	}
	memcpy(o, s, slen);
	o += slen;
	*o++ = '$';

	/*
	 * The digest in groups of three bytes, four digits each; the groups
	 * take bytes i, i + n, i + 2n (n = hs / 3) in an order that rotates
	 * with i, one way for SHA-256 and the other for SHA-512.  The last
	 * one or two bytes make a short group.
	 */
	size_t n = hs / 3;
	for (size_t i = 0; i < n; i++) {
		size_t idx[3] = {i, i + n, i + 2 * n}, r = wide ? i % 3 : (3 - i % 3) % 3;
		uint32_t v = (uint32_t)a[idx[r]] << 16 | (uint32_t)a[idx[(r + 1) % 3]] << 8 | a[idx[(r + 2) % 3]];
		o = __w64_crypt_put_digits(o, v, 4);
	}
	if (wide)
		o = __w64_crypt_put_digits(o, a[63], 2);
	else
		o = __w64_crypt_put_digits(o, (uint32_t)a[31] << 8 | a[30], 3);
	*o = '\0';

	/* Leave nothing of the key's digests behind on the stack. */
	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	memset(p, 0, sizeof p);
	memset(&c, 0, sizeof c);
	memset(&alt, 0, sizeof alt);
	return 0;
}

int __w64_crypt_sha256(const char *phrase, const char *setting, char *out)
{
	return sha_crypt(0, phrase, setting, out);
}

int __w64_crypt_sha512(const char *phrase, const char *setting, char *out)
{
	return sha_crypt(1, phrase, setting, out);
}
