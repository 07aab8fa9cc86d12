/*
 * MD5-crypt ("$1$"), Poul-Henning Kamp's algorithm from FreeBSD: a salt
 * of up to 8 characters and a fixed 1000 rounds.
 */
#include <string.h>

#include "w64_crypt.h"

int __w64_crypt_md5(const char *phrase, const char *setting, char *out)
{
	const char *s = setting + 3;
	size_t slen = strcspn(s, "$"), klen = strlen(phrase);
	unsigned char f[16];
	struct __w64_md5 c, alt;

	if (slen > 8)
		slen = 8;

	__w64_md5_init(&alt);
	__w64_md5_update(&alt, phrase, klen);
	__w64_md5_update(&alt, s, slen);
	__w64_md5_update(&alt, phrase, klen);
	__w64_md5_final(&alt, f);

	__w64_md5_init(&c);
	__w64_md5_update(&c, phrase, klen);
	__w64_md5_update(&c, "$1$", 3);
	__w64_md5_update(&c, s, slen);
	for (size_t n = klen; n > 0; n -= n > 16 ? 16 : n)
		__w64_md5_update(&c, f, n > 16 ? 16 : n);
	/* The original's quirk, kept by every implementation: per bit of the
	 * length a NUL byte for a 1, the key's first byte for a 0. */
	for (size_t n = klen; n > 0; n >>= 1)
		__w64_md5_update(&c, n & 1 ? "" : phrase, 1);
	__w64_md5_final(&c, f);

	for (int i = 0; i < 1000; i++) {
		__w64_md5_init(&c);
		if (i & 1)
			__w64_md5_update(&c, phrase, klen);
		else
			__w64_md5_update(&c, f, 16);
		if (i % 3)
			__w64_md5_update(&c, s, slen);
		if (i % 7)
			__w64_md5_update(&c, phrase, klen);
		if (i & 1)
			__w64_md5_update(&c, f, 16);
		else
			__w64_md5_update(&c, phrase, klen);
		__w64_md5_final(&c, f);
	}

	char *o = out;
	memcpy(o, "$1$", 3);
	memcpy(o + 3, s, slen);
	o += 3 + slen;
	*o++ = '$';
	for (int i = 0; i < 5; i++) {
		int third = i == 4 ? 5 : i + 12;
		o = __w64_crypt_put_digits(o, (uint32_t)f[i] << 16 | (uint32_t)f[i + 6] << 8 | f[third], 4);
	}
	o = __w64_crypt_put_digits(o, f[11], 2);
	*o = '\0';

	memset(f, 0, sizeof f);
	memset(&c, 0, sizeof c);
	memset(&alt, 0, sizeof alt);
	return 0;
}
