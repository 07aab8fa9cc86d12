/*
 * crypt and crypt_r against Debian's libxcrypt (-lcrypt), on generated
 * pass phrases and settings of every method this libc has: traditional
 * and BSDi DES, MD5, bcrypt ($2a$ $2b$ $2x$ $2y$, phrases with bytes
 * above 0x7f and past 72 bytes), SHA-256 and SHA-512 (with and without
 * rounds=, kept small); a share of the settings is damaged (a byte
 * replaced, cut short) so that refusals are compared too, errno
 * included.  Then encrypt/setkey against libxcrypt's (reached through
 * dlvsym: libxcrypt keeps them only as compatibility symbols), on
 * random keys and blocks, both directions.
 *
 *   crypt_diff        W64_DIFF_CASES settings (default 1000), seed W64_DIFF_SEED
 *
 * Prints mismatches (at most 20) and "crypt: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#define _GNU_SOURCE
#include <crypt.h>
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "diff.h"
#include "w64.h"

struct w64_crypt_data {
	int initialized;
	char result[256];
};
char *w64_crypt(const char *phrase, const char *setting);
char *w64_crypt_r(const char *phrase, const char *setting, struct w64_crypt_data *data);
void w64_encrypt(char *block, int edflag);
void w64_setkey(const char *key);

static unsigned long compared, mismatches;
static const char digits[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static void show(const char *what, const char *s)
{
	printf("  %s \"", what);
	for (; s && *s; s++)
		printf((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e ? "\\x%02x" : "%c", (unsigned char)*s);
	printf("\"\n");
}

static void compare(const char *phrase, const char *setting)
{
	struct crypt_data gd;
	struct w64_crypt_data wd;
	char g[256];

	errno = 0;
	const char *gr = crypt(phrase, setting);
	int gerr = errno;
	snprintf(g, sizeof g, "%s", gr ? gr : "(null)");
	w64_errno = 0;
	const char *wr = w64_crypt(phrase, setting);
	/* The libc's errno values are WASI's. */
	int werr = w64_errno == 28 ? EINVAL : w64_errno == 68 ? ERANGE : w64_errno ? -w64_errno : 0;

	/* crypt_r, verifying: the hash as the setting. */
	memset(&gd, 0, sizeof gd);
	memset(&wd, 0, sizeof wd);
	const char *gv = crypt_r(phrase, g, &gd);
	const char *wv = w64_crypt_r(phrase, g, &wd);

	compared++;
	if (strcmp(g, wr) == 0 && gerr == werr && strcmp(gv, wv) == 0 && wv == wd.result)
		return;
	if (++mismatches <= 20) {
		printf("MISMATCH (errno libxcrypt %d, libc %d)\n", gerr, werr);
		show("phrase", phrase);
		show("setting", setting);
		show("libxcrypt", g);
		show("libc", wr);
		show("libxcrypt_r", gv);
		show("libc_r", wv);
	}
}

static void salt_chars(char *p, int n)
{
	for (int i = 0; i < n; i++)
		p[i] = digits[rnd_below(64)];
	p[n] = '\0';
}

static void make_setting(char *s)
{
	char salt[32];
	switch (rnd_below(7)) {
	case 0:
		salt_chars(s, 2 + rnd_below(2));
		break;
	case 1:
		/* Small counts: the first digit is the lowest. */
		salt_chars(salt, 4);
		sprintf(s, "_%c...%s", digits[rnd_below(8)], salt);
		break;
	case 2:
		salt_chars(salt, rnd_below(11));
		sprintf(s, "$1$%s%s", salt, rnd_below(2) ? "$" : "");
		break;
	case 3:
		salt_chars(salt, 22);
		sprintf(s, "$2%c$04$%s%s", "abxy"[rnd_below(4)], salt, rnd_below(4) ? "" : "xyz");
		break;
	default: {
		int wide = rnd_below(2);
		salt_chars(salt, rnd_below(20));
		/* The default 5000 rounds now and then: they cost. */
		if (rnd_below(8))
			sprintf(s, "$%c$rounds=%u$%s", wide ? '6' : '5', 1000 + rnd_below(100), salt);
		else
			sprintf(s, "$%c$%s", wide ? '6' : '5', salt);
		break;
	}
	}
	/* Damage a quarter of them. */
	size_t len = strlen(s);
	switch (rnd_below(16)) {
	case 0:
	case 1:
		s[rnd_below((unsigned)len)] = (char)(1 + rnd_below(255));
		break;
	case 2:
		s[rnd_below((unsigned)len)] = "!*:;\\ $\n"[rnd_below(8)];
		break;
	case 3:
		s[rnd_below((unsigned)len + 1)] = '\0';
		break;
	default:
		break;
	}
}

static void make_phrase(char *p)
{
	/* Lengths around bcrypt's 72 bytes and DES's 8, bytes of every kind
	 * (runs of 0xff are where $2a$ and $2y$ part). */
	unsigned len = rnd_below(4) ? rnd_below(20) : rnd_below(90);
	unsigned kind = rnd_below(4);
	for (unsigned i = 0; i < len; i++) {
		unsigned c = kind == 0 ? 0x20 + rnd_below(0x5f) : kind == 1 ? 1 + rnd_below(255)
							 : kind == 2 ? (rnd_below(3) ? 0xff : 0x80 + rnd_below(128))
								     : "aZ9\xff\x80"[rnd_below(5)];
		p[i] = (char)c;
	}
	p[len] = '\0';
}

static void des_compare(void (*g_setkey)(const char *), void (*g_encrypt)(char *, int))
{
	char key[64], gb[64], wb[64];
	for (int i = 0; i < 64; i++)
		key[i] = (char)rnd_below(2);
	for (int i = 0; i < 64; i++)
		gb[i] = wb[i] = (char)rnd_below(2);
	int edflag = (int)rnd_below(2);
	g_setkey(key);
	w64_setkey(key);
	g_encrypt(gb, edflag);
	w64_encrypt(wb, edflag);
	compared++;
	if (memcmp(gb, wb, 64) != 0 && ++mismatches <= 20)
		printf("MISMATCH encrypt (edflag %d)\n", edflag);
}

int main(void)
{
	unsigned long n = diff_setup(1000);
	char phrase[128], setting[64];

	/* The two specification vectors of 77777 rounds, too slow for the
	 * interpreted test. */
	compare("we have a short salt string but not a short password", "$5$rounds=77777$short");
	compare("we have a short salt string but not a short password", "$6$rounds=77777$short");
	static const char *const fixed[] = {"", "*0", "*1", "$", "$2", "$2b$", "_", "$5$rounds=999$", "$5$rounds=1000000000$"};
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		compare("x", fixed[i]);
	for (unsigned long i = 0; i < n; i++) {
		make_phrase(phrase);
		make_setting(setting);
		compare(phrase, setting);
	}
	memset(phrase, 'p', 127);
	phrase[127] = '\0';
	compare(phrase, "$6$ab");

	void *lib = dlopen("libcrypt.so.1", RTLD_NOW);
	void (*g_setkey)(const char *) = lib ? (void (*)(const char *))dlvsym(lib, "setkey", "GLIBC_2.2.5") : NULL;
	void (*g_encrypt)(char *, int) = lib ? (void (*)(char *, int))dlvsym(lib, "encrypt", "GLIBC_2.2.5") : NULL;
	if (g_setkey && g_encrypt) {
		for (unsigned long i = 0; i < n; i++)
			des_compare(g_setkey, g_encrypt);
	} else {
		printf("libxcrypt's encrypt/setkey not found: not compared\n");
	}
	printf("crypt: %lu cases compared, %lu mismatches\n", compared, mismatches);
	return mismatches != 0;
}
