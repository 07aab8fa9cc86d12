/*
 * crypt, crypt_r, encrypt and setkey: the published test vectors of each
 * method (Drepper's SHA-crypt specification but its two slow ones of
 * 77777 rounds, which tests/libc-native/crypt_diff.c runs; crypt_blowfish's bcrypt
 * set including the $2a$/$2x$/$2y$ bytes above 0x7f), each verified the
 * way a login does (the hash as the setting gives the hash back); the
 * settings libxcrypt refuses; DES known answers for encrypt.
 */
#include <crypt.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

struct vector {
	const char *phrase, *setting, *hash;
};

static const struct vector vectors[] = {
	/* SHA-256-crypt and SHA-512-crypt: the specification's vectors. */
	{"Hello world!", "$5$saltstring", "$5$saltstring$5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5"},
	{"Hello world!", "$5$rounds=10000$saltstringsaltstring",
	 "$5$rounds=10000$saltstringsaltst$3xv.VbSHBb41AL9AvLeujZkZRBAwqFMz2.opqey6IcA"},
	{"This is just a test", "$5$rounds=5000$toolongsaltstring",
	 "$5$rounds=5000$toolongsaltstrin$Un/5jzAHMgOGZ5.mWJpuVolil07guHPvOW8mGRcvxa5"},
	{"a very much longer text to encrypt.  This one even stretches over morethan one line.",
	 "$5$rounds=1400$anotherlongsaltstring",
	 "$5$rounds=1400$anotherlongsalts$Rx.j8H.h8HjEDGomFU8bDkXm3XIUnzyxf12oP84Bnq1"},
	{"Hello world!", "$6$saltstring",
	 "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1"},
	{"Hello world!", "$6$rounds=10000$saltstringsaltstring",
	 "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/"
	 "UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v."},
	{"This is just a test", "$6$rounds=5000$toolongsaltstring",
	 "$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQzQ3glMhwllF7oGDZxUhx1yxdYcz/"
	 "e1JSbq3y6JMxxl8audkUEm0"},
	{"a very much longer text to encrypt.  This one even stretches over morethan one line.",
	 "$6$rounds=1400$anotherlongsaltstring",
	 "$6$rounds=1400$anotherlongsalts$POfYwTEok97VWcjxIiSOjiykti.o/pQs.wPvMxQ6Fm7I6IoYN3CmLs66x9t0oSwbtEW7o7UmJ"
	 "EiDwGqd8p4ur1"},
	/* MD5-crypt: the salt stops at 8 characters or a '$'. */
	{"Hello world!", "$1$saltstring", "$1$saltstri$YMyguxXMBpd2TEZ.vS/3q1"},
	{"", "$1$", "$1$$qRPK7m23GJusamGpoGLby/"},
	{"password", "$1$abcdefgh$", "$1$abcdefgh$G//4keteveJp0qb8z2DxG/"},
	/* bcrypt: crypt_blowfish's vectors; past 72 bytes the phrase is
	 * ignored; the variants part on bytes above 0x7f. */
	{"U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"},
	{"U*U*", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK"},
	{"U*U*U", "$2a$05$XXXXXXXXXXXXXXXXXXXXXO", "$2a$05$XXXXXXXXXXXXXXXXXXXXXOAcXxm9kjPGEMsLznoKqmqw7tc8WCx4a"},
	{"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789chars after 72 are ignored",
	 "$2a$05$abcdefghijklmnopqrstuu", "$2a$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui"},
	{"\xa3", "$2x$05$/OK.fbVrR/bpIqNJ5ianF.", "$2x$05$/OK.fbVrR/bpIqNJ5ianF.CE5elHaaO4EbggVDjb8P19RukzXSM3e"},
	{"\xa3", "$2y$05$/OK.fbVrR/bpIqNJ5ianF.", "$2y$05$/OK.fbVrR/bpIqNJ5ianF.Sa7shbm4.OzKpvFnX1pQLmQW96oUlCq"},
	{"\xa3", "$2a$05$/OK.fbVrR/bpIqNJ5ianF.", "$2a$05$/OK.fbVrR/bpIqNJ5ianF.Sa7shbm4.OzKpvFnX1pQLmQW96oUlCq"},
	{"\xff\xa3"
	 "34\xff\xff\xff\xa3"
	 "345",
	 "$2x$05$/OK.fbVrR/bpIqNJ5ianF.", "$2x$05$/OK.fbVrR/bpIqNJ5ianF.o./n25XVfn6oAPaUvHe.Csk4zRfsYPi"},
	{"\xff\xa3"
	 "34\xff\xff\xff\xa3"
	 "345",
	 "$2y$05$/OK.fbVrR/bpIqNJ5ianF.", "$2y$05$/OK.fbVrR/bpIqNJ5ianF.o./n25XVfn6oAPaUvHe.Csk4zRfsYPi"},
	/* $2a$'s countermeasure: here alone it differs from $2y$. */
	{"\xff\xa3"
	 "34\xff\xff\xff\xa3"
	 "345",
	 "$2a$05$/OK.fbVrR/bpIqNJ5ianF.", "$2a$05$/OK.fbVrR/bpIqNJ5ianF.ZC1JEJ8Z4gPfpe1JOr/oyPXTWl9EFd."},
	{"\xff\xa3"
	 "345",
	 "$2a$05$/OK.fbVrR/bpIqNJ5ianF.", "$2a$05$/OK.fbVrR/bpIqNJ5ianF.nRht2l/HRhr6zmCp9vYUvvsqynflf9e"},
	{"", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy"},
	{"", "$2b$05$CCCCCCCCCCCCCCCCCCCCC.", "$2b$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy"},
	/* Traditional DES: 8 characters count; BSDi: all of them. */
	{"test", "aa", "aaqPiZY5xR5l."},
	{"LookAtMe", "Ge", "GezMVcPqo3f1o"},
	{"", "..", "..X8NBuQ4l6uQ"},
	{"This is a long passphrase", "zz", "zzZGgO.QaTE3c"},
	{"This is a", "zz", "zzZGgO.QaTE3c"},
	{"test", "_J9..SALT", "_J9..SALTZXyQSiIWhbk"},
	{"a much longer passphrase than eight", "_/...abcd", "_/...abcdrUMCFYn0gfM"},
	{"", "_J9..CCCC", "_J9..CCCCBeguG7nmIew"},
};

/* A refused setting: the failure token, errno EINVAL. */
static int refused(const char *phrase, const char *setting, const char *token)
{
	errno = 0;
	const char *r = crypt(phrase, setting);
	return r != NULL && strcmp(r, token) == 0 && errno == EINVAL;
}

static void bits_of(char *out, const char *hex)
{
	for (int i = 0; i < 64; i++) {
		int c = hex[i / 4];
		int v = c <= '9' ? c - '0' : c - 'A' + 10;
		out[i] = (char)((v >> (3 - i % 4)) & 1);
	}
}

/* setkey(key), then encrypt plain and expect cipher, then decrypt back. */
static int des_known_answer(const char *key, const char *plain, const char *cipher)
{
	char k[64], block[64], want[64], orig[64];
	bits_of(k, key);
	bits_of(block, plain);
	bits_of(want, cipher);
	memcpy(orig, block, 64);
	setkey(k);
	encrypt(block, 0);
	int ok = memcmp(block, want, 64) == 0;
	encrypt(block, 1);
	return ok && memcmp(block, orig, 64) == 0;
}

static struct crypt_data data, data2;

/* Whether two settings give the same hash (after the setting part). */
static int same(const char *phrase, const char *a, const char *b)
{
	const char *x = crypt_r(phrase, a, &data), *y = crypt_r(phrase, b, &data2);
	return strlen(x) == strlen(y) && strcmp(x + strlen(x) - 11, y + strlen(y) - 11) == 0;
}

int main(void)
{

	for (size_t i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
		const struct vector *v = &vectors[i];
		const char *r = crypt(v->phrase, v->setting);
		CHECK(strcmp(r, v->hash) == 0);
		/* Verifying: the stored hash as the setting. */
		memset(&data, 0xa5, sizeof data);
		data.initialized = 0;
		r = crypt_r(v->phrase, v->hash, &data);
		CHECK(strcmp(r, v->hash) == 0);
		CHECK(r >= (char *)&data && r < (char *)(&data + 1));
	}

	/* A wrong phrase does not verify. */
	CHECK(strcmp(crypt("Hello world?", vectors[0].hash), vectors[0].hash) != 0);

	/* crypt's result is one static buffer, overwritten by the next call. */
	char *first = crypt("a", "$1$x");
	char *second = crypt("b", "$1$x");
	CHECK(first == second);
	CHECK(strcmp(first, crypt("b", "$1$x")) == 0);

	/* The salt characters past what a method uses, and the last bcrypt
	 * salt digit's unused bits, do not matter: the result shows the
	 * setting as the method read it.  (Two results at once need crypt_r:
	 * crypt's buffer holds one.) */
	CHECK(same("password", "abc", "ab"));
	CHECK(same("password", "$2b$04$abcdefghijklmnopqrstuv", "$2b$04$abcdefghijklmnopqrstuu"));
	CHECK(!same("password", "$2b$04$abcdefghijklmnopqrstue", "$2b$04$abcdefghijklmnopqrstuu"));
	CHECK(strncmp(crypt("password", "$2b$04$abcdefghijklmnopqrstuv"), "$2b$04$abcdefghijklmnopqrstuu", 29) == 0);
	CHECK(strncmp(crypt("x", "$5$rounds=1000$abcdefghijklmnopqrstuvwxyz$"), "$5$rounds=1000$abcdefghijklmnop$", 32) ==
	      0);
	CHECK(strncmp(crypt("x", "$5$rounds$"), "$5$rounds$", 10) == 0);
	/* The default round count is written only when asked for. */
	CHECK(strncmp(crypt("x", "$6$rounds=5000$ab"), "$6$rounds=5000$ab$", 18) == 0);
	CHECK(strcmp(crypt_r("x", "$6$rounds=5000$ab", &data) + 15, crypt_r("x", "$6$ab", &data2) + 3) == 0);
	/* A BSDi count of 0 runs as 1, as libxcrypt does. */
	CHECK(strcmp(crypt_r("password", "_....abcd", &data) + 9, crypt_r("password", "_/...abcd", &data2) + 9) == 0);
	CHECK(strcmp(crypt_r("password", "_0...abcd", &data) + 9, crypt_r("password", "_/...abcd", &data2) + 9) != 0);

	/* The specification clamps rounds=10 to 1000; libxcrypt, and so
	 * this library, refuse counts outside 1000..999999999. */
	CHECK(refused("the minimum number is still observed", "$5$rounds=10$roundstoolow", "*0"));
	CHECK(refused("x", "$6$rounds=999$ab", "*0"));
	CHECK(refused("x", "$6$rounds=1000000000$ab", "*0"));
	CHECK(refused("x", "$6$rounds=99999999999999999999999$ab", "*0"));
	CHECK(refused("x", "$6$rounds=01000$ab", "*0"));
	CHECK(refused("x", "$6$rounds=$ab", "*0"));
	CHECK(refused("x", "$6$rounds=1000", "*0"));
	CHECK(refused("x", "$2b$03$abcdefghijklmnopqrstuu", "*0"));
	CHECK(refused("x", "$2b$32$abcdefghijklmnopqrstuu", "*0"));
	CHECK(refused("x", "$2b$5$abcdefghijklmnopqrstuu", "*0"));
	CHECK(refused("x", "$2b$05$abcdefghijklmnopqrstu", "*0"));
	CHECK(refused("x", "$2c$05$abcdefghijklmnopqrstuu", "*0"));
	CHECK(refused("x", "$2$05$abcdefghijklmnopqrstuu", "*0"));
	CHECK(refused("x", "", "*0"));
	CHECK(refused("x", "a", "*0"));
	CHECK(refused("x", "a-", "*0"));
	CHECK(refused("x", "_J9..CC", "*0"));
	CHECK(refused("x", "_J9..CC-C", "*0"));
	CHECK(refused("x", "$7$", "*0"));
	CHECK(refused("x", "$", "*0"));
	/* Characters no setting may hold, anywhere in it. */
	CHECK(refused("x", "$1$ab:c$", "*0"));
	CHECK(refused("x", "$5$ab!c", "*0"));
	CHECK(refused("x", "$6$ab c", "*0"));
	CHECK(refused("x", "$6$abcdefghijklmnopqr*", "*0"));
	CHECK(refused("x", "ab\n", "*0"));
	CHECK(refused("x", "$1$\xe9", "*0"));
	/* The token never equals the setting that failed. */
	CHECK(refused("x", "*0", "*1"));
	CHECK(refused("x", "*1", "*0"));
	CHECK(refused(NULL, "ab", "*0"));
	CHECK(refused("x", NULL, "*0"));
	memset(&data, 0, sizeof data);
	errno = 0;
	CHECK(strcmp(crypt_r("x", "$9$", &data), "*0") == 0 && errno == EINVAL);

	/* Phrases of 512 bytes or more are refused with ERANGE. */
	static char big[513];
	memset(big, 'p', 511);
	errno = 0;
	CHECK(strncmp(crypt(big, "$6$ab"), "$6$ab$", 6) == 0 && errno == 0);
	big[511] = 'p';
	errno = 0;
	CHECK(strcmp(crypt(big, "$6$ab"), "*0") == 0 && errno == ERANGE);

	/* encrypt and setkey: plain DES.  Before any setkey the key is 0. */
	char block[64], want[64];
	memset(block, 0, sizeof block);
	encrypt(block, 0);
	bits_of(want, "8CA64DE9C1B123A7");
	CHECK(memcmp(block, want, 64) == 0);
	CHECK(des_known_answer("133457799BBCDFF1", "0123456789ABCDEF", "85E813540F0AB405"));
	CHECK(des_known_answer("0123456789ABCDEF", "4E6F772069732074", "3FA40E8A984D4815"));
	CHECK(des_known_answer("0101010101010101", "95F8A5E5DD31D900", "8000000000000000"));
	/* Parity bits (each byte's lowest) are no part of the key. */
	CHECK(des_known_answer("0000000000000000", "0000000000000000", "8CA64DE9C1B123A7"));
	CHECK(des_known_answer("0101010101010101", "0000000000000000", "8CA64DE9C1B123A7"));
	/* Only the low bit of each byte counts. */
	char k[64];
	bits_of(k, "133457799BBCDFF1");
	for (int i = 0; i < 64; i++)
		k[i] = (char)(k[i] | 0x30);
	setkey(k);
	bits_of(block, "0123456789ABCDEF");
	encrypt(block, 0);
	bits_of(want, "85E813540F0AB405");
	CHECK(memcmp(block, want, 64) == 0);

	return check_summary();
}
