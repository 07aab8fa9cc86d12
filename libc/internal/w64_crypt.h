#ifndef W64_CRYPT_H
#define W64_CRYPT_H

/*
 * crypt's methods and the primitives under them.  Every method writes
 * its result (NUL-terminated, at most W64_CRYPT_MAX bytes with the NUL)
 * into `out` and returns 0, or returns the errno for a setting it
 * refuses; __w64_crypt then writes the failure token instead.
 */

#include <stddef.h>
#include <stdint.h>

#ifndef W64_HIDDEN
#define W64_HIDDEN __attribute__((visibility("hidden")))
#endif

/* Long enough for every method's result; struct crypt_data holds more. */
#define W64_CRYPT_MAX 128

/* Pass phrases this long or longer are refused (ERANGE), as libxcrypt
 * does: hashing megabytes per guess only helps an attacker's DoS. */
#define W64_CRYPT_PHRASE_MAX 512

W64_HIDDEN char *__w64_crypt(const char *phrase, const char *setting, char *out);

W64_HIDDEN int __w64_crypt_sha256(const char *phrase, const char *setting, char *out);
W64_HIDDEN int __w64_crypt_sha512(const char *phrase, const char *setting, char *out);
W64_HIDDEN int __w64_crypt_md5(const char *phrase, const char *setting, char *out);
W64_HIDDEN int __w64_crypt_bcrypt(const char *phrase, const char *setting, char *out);
W64_HIDDEN int __w64_crypt_des(const char *phrase, const char *setting, char *out);
W64_HIDDEN int __w64_crypt_bsdi(const char *phrase, const char *setting, char *out);

/* crypt's radix-64 digit of v (0..63) and back (-1 for other bytes). */
W64_HIDDEN int __w64_crypt_digit_value(unsigned char c);
/* Appends n digits of v, least significant first; returns the end. */
W64_HIDDEN char *__w64_crypt_put_digits(char *p, uint32_t v, int n);

/* The digests, streaming: init, update any number of times, final.  The
 * buffering of partial blocks and the padding are shared. */
struct __w64_digest_buf {
	uint64_t len;
	size_t size;
	void (*block)(void *ctx, const unsigned char *p);
	unsigned char buf[128];
};
W64_HIDDEN void __w64_digest_feed(void *ctx, struct __w64_digest_buf *d, const void *data, size_t n);
W64_HIDDEN void __w64_digest_pad(void *ctx, struct __w64_digest_buf *d, int big_endian);

struct __w64_md5 {
	uint32_t h[4];
	struct __w64_digest_buf d;
};
struct __w64_sha256 {
	uint32_t h[8];
	struct __w64_digest_buf d;
};
struct __w64_sha512 {
	uint64_t h[8];
	struct __w64_digest_buf d;
};

W64_HIDDEN void __w64_md5_init(struct __w64_md5 *c);
W64_HIDDEN void __w64_md5_update(struct __w64_md5 *c, const void *data, size_t n);
W64_HIDDEN void __w64_md5_final(struct __w64_md5 *c, unsigned char digest[16]);
W64_HIDDEN void __w64_sha256_init(struct __w64_sha256 *c);
W64_HIDDEN void __w64_sha256_update(struct __w64_sha256 *c, const void *data, size_t n);
W64_HIDDEN void __w64_sha256_final(struct __w64_sha256 *c, unsigned char digest[32]);
W64_HIDDEN void __w64_sha512_init(struct __w64_sha512 *c);
W64_HIDDEN void __w64_sha512_update(struct __w64_sha512 *c, const void *data, size_t n);
W64_HIDDEN void __w64_sha512_final(struct __w64_sha512 *c, unsigned char digest[64]);

/* The constants, computed by scripts/gen-crypt-tables.py.  Blowfish's
 * initial state is the fraction of pi: 18 P words, then the S-boxes. */
W64_HIDDEN extern const uint32_t __w64_md5_sines[64];
W64_HIDDEN extern const uint32_t __w64_sha256_h0[8];
W64_HIDDEN extern const uint32_t __w64_sha256_k[64];
W64_HIDDEN extern const uint64_t __w64_sha512_h0[8];
W64_HIDDEN extern const uint64_t __w64_sha512_k[80];
W64_HIDDEN extern const uint32_t __w64_blowfish_pi[18 + 4 * 256];

/*
 * DES (FIPS 46) with crypt's salt: each set bit i of the 24-bit salt
 * swaps bits i and i + 24 of the expansion E's output in every round.
 * A key schedule is 16 round keys of 48 bits.
 */
struct __w64_des_key {
	uint64_t k[16];
};
W64_HIDDEN void __w64_des_set_key(struct __w64_des_key *ks, uint64_t key);
/* count encryptions (or decryptions) of block in a row. */
W64_HIDDEN uint64_t __w64_des_run(const struct __w64_des_key *ks, uint64_t block, uint32_t salt, uint32_t count,
				  int decrypt);

/* setkey's schedule, which encrypt uses. */
W64_HIDDEN extern struct __w64_des_key __w64_des_setkey_schedule;

#endif
