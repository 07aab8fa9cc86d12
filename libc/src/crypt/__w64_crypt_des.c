/*
 * The DES-based methods: traditional crypt (two salt characters, 25
 * encryptions of a zero block under the first 8 characters of the
 * phrase) and BSDi's extended form ("_", 4 characters of count, 4 of
 * salt, and a key folded from the whole phrase).
 */
#include <errno.h>
#include <string.h>

#include "w64_a64l.h"
#include "w64_crypt.h"

/* Up to 8 characters, 7 bits each, into the top of each key byte (the
 * low bit is DES's parity bit, which the key schedule drops). */
static uint64_t key_bytes(const char **phrase)
{
	uint64_t key = 0;
	for (int i = 0; i < 8; i++) {
		key = key << 8 | (uint64_t)(unsigned char)((unsigned char)**phrase << 1);
		if (**phrase)
			++*phrase;
	}
	return key;
}

/* The 64-bit result as 11 digits, most significant first (the last one
 * holds 4 bits). */
static void put_block(char *o, uint64_t block)
{
	for (int i = 0; i < 10; i++)
		*o++ = __w64_a64l_digits[(block >> (58 - 6 * i)) & 63];
	*o++ = __w64_a64l_digits[(block << 2) & 63];
	*o = '\0';
}

/* n digits, least significant first; -1 if one is not a digit. */
static int32_t digits(const char *s, int n)
{
	int32_t v = 0;
	for (int i = 0; i < n; i++) {
		int d = __w64_crypt_digit_value((unsigned char)s[i]);
		if (d < 0)
			return -1;
		v |= (int32_t)d << (6 * i);
	}
	return v;
}

int __w64_crypt_des(const char *phrase, const char *setting, char *out)
{
	struct __w64_des_key ks;
	int32_t salt = setting[0] ? digits(setting, 2) : -1;

	if (salt < 0)
		return EINVAL;
	__w64_des_set_key(&ks, key_bytes(&phrase));
	out[0] = setting[0];
	out[1] = setting[1];
	put_block(out + 2, __w64_des_run(&ks, 0, (uint32_t)salt, 25, 0));
	memset(&ks, 0, sizeof ks);
	return 0;
}

int __w64_crypt_bsdi(const char *phrase, const char *setting, char *out)
{
	struct __w64_des_key ks;
	int32_t count = digits(setting + 1, 4), salt = count < 0 ? -1 : digits(setting + 5, 4);

	if (salt < 0)
		return EINVAL;
	/* Past the first 8 characters, each further 8 are folded in: the key
	 * encrypted under itself, XORed with them. */
	uint64_t key = key_bytes(&phrase);
	__w64_des_set_key(&ks, key);
	while (*phrase) {
		key = __w64_des_run(&ks, key, 0, 1, 0);
		for (int i = 0; i < 8 && *phrase; i++, phrase++)
			key ^= (uint64_t)(unsigned char)((unsigned char)*phrase << 1) << (56 - 8 * i);
		__w64_des_set_key(&ks, key);
	}
	memcpy(out, setting, 9);
	/* A count of 0 runs once, as libxcrypt does. */
	put_block(out + 9, __w64_des_run(&ks, 0, (uint32_t)salt, count ? (uint32_t)count : 1, 0));
	memset(&ks, 0, sizeof ks);
	return 0;
}
