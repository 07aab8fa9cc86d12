/* string.h and strings.h beyond the memory primitives (see string.c). */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"

static char big[512];

/* strlen, strnlen, memchr, memrchr and strchr at every alignment and
 * length that matter to the word-at-a-time scans. */
static void scans(void)
{
	int ok_len = 1, ok_chr = 1;
	for (size_t off = 0; off < 16; off++) {
		for (size_t len = 0; len < 80; len++) {
			char *s = big + off;
			memset(big, 'a', sizeof big);
			s[len] = '\0';
			ok_len &= strlen(s) == len;
			ok_len &= strnlen(s, len + 5) == len && strnlen(s, len / 2) == len / 2;
			/* a mark at each position, and a byte with the top bit set */
			for (size_t at = 0; at < len; at++) {
				s[at] = (char)0xfe;
				ok_chr &= memchr(s, 0xfe, len) == s + at;
				ok_chr &= memchr(s, 0xfe, at) == NULL;
				ok_chr &= memrchr(s, 0xfe, len) == s + at;
				ok_chr &= strchr(s, 0xfe) == s + at;
				ok_chr &= strrchr(s, 0xfe) == s + at;
				s[at] = 'a';
			}
			ok_chr &= memchr(s, 'b', len) == NULL && strchr(s, 'b') == NULL;
			ok_chr &= strchr(s, '\0') == s + len && strrchr(s, '\0') == s + len;
			ok_chr &= strchrnul(s, 'b') == s + len;
		}
	}
	CHECK(ok_len);
	CHECK(ok_chr);
	/* memchr compares as unsigned char, and c becomes one too. */
	const char *hi = "ab\xff" "c";
	CHECK(memchr(hi, 0xff, 4) == hi + 2);
	CHECK(memchr(hi, -1, 4) == hi + 2);
	CHECK(memchr(hi, 0x1ff, 4) == hi + 2);
	/* C11: memchr stops at the first match, so an over-long n is fine. */
	CHECK(memchr(hi, 'c', SIZE_MAX) == hi + 3);
	CHECK(memchr(big + 3, 'a', SIZE_MAX) == big + 3);
	CHECK(strrchr("abcabc", 'b') != NULL && strcmp(strrchr("abcabc", 'b'), "bc") == 0);

#if defined(__wasm64__)
	/* A string ending on the last byte of memory: the scans must not
	 * read past it (an aligned word never crosses the end). */
	size_t old_pages = __builtin_wasm_memory_grow(0, 1);
	CHECK(old_pages != SIZE_MAX);
	if (old_pages != SIZE_MAX) {
		char *end = (char *)(uintptr_t)((old_pages + 1) * 65536);
		for (size_t n = 1; n <= 16; n++) {
			char *s = end - n;
			memset(s, 'z', n - 1);
			s[n - 1] = '\0';
			CHECK(strlen(s) == n - 1);
			CHECK(memchr(s, '\0', n) == end - 1);
			CHECK(strchr(s, 'y') == NULL);
		}
	}
#endif
}

static void compares(void)
{
	CHECK(strncmp("abc", "abd", 2) == 0 && strncmp("abc", "abd", 3) < 0);
	CHECK(strncmp("abc", "ab", 5) > 0 && strncmp("", "", 5) == 0 && strncmp("x", "y", 0) == 0);
	CHECK(strncmp("\xff", "\x01", 1) > 0);
	CHECK(strcoll("apple", "banana") < 0 && strcoll("b", "a") > 0 && strcoll("x", "x") == 0);
	char xf[8];
	CHECK(strxfrm(xf, "hello", sizeof xf) == 5 && strcmp(xf, "hello") == 0);
	CHECK(strxfrm(NULL, "too long", 0) == 8);
	CHECK(strcasecmp("HeLLo", "hello") == 0 && strcasecmp("a", "B") < 0 && strcasecmp("b", "A") > 0);
	CHECK(strncasecmp("ABCx", "abcy", 3) == 0 && strncasecmp("ABCx", "abcy", 4) < 0);
	CHECK(strcasecmp("", "") == 0 && strcasecmp("a", "") > 0);
	CHECK(bcmp("abc", "abd", 2) == 0 && bcmp("abc", "abd", 3) != 0);
}

static void copies(void)
{
	char d[32];
	CHECK(strcpy(d, "hello") == d && strcmp(d, "hello") == 0);
	CHECK(stpcpy(d, "wasm") == d + 4 && strcmp(d, "wasm") == 0);
	CHECK(strcat(d, "64") == d && strcmp(d, "wasm64") == 0);
	CHECK(strncat(d, "!!!", 2) == d && strcmp(d, "wasm64!!") == 0);
	CHECK(strncat(d, "", 5) == d && strcmp(d, "wasm64!!") == 0);

	memset(d, 'x', sizeof d);
	CHECK(strncpy(d, "ab", 5) == d && memcmp(d, "ab\0\0\0x", 6) == 0);
	memset(d, 'x', sizeof d);
	CHECK(strncpy(d, "abcdef", 3) == d && memcmp(d, "abcx", 4) == 0);
	memset(d, 'x', sizeof d);
	CHECK(stpncpy(d, "ab", 5) == d + 2 && memcmp(d, "ab\0\0\0x", 6) == 0);
	CHECK(stpncpy(d, "abcdef", 3) == d + 3);

	memset(d, 'x', sizeof d);
	CHECK(memccpy(d, "hello", 'l', 5) == d + 3 && memcmp(d, "helx", 4) == 0);
	CHECK(memccpy(d, "hello", 'z', 5) == NULL && memcmp(d, "hello", 5) == 0);
	CHECK(mempcpy(d, "abc", 3) == d + 3);

	char m[16] = "0123456789";
	bcopy(m, m + 1, 5);
	CHECK(memcmp(m, "0012346789", 10) == 0);
	bzero(m, 4);
	CHECK(memcmp(m, "\0\0\0\0" "346789", 10) == 0);
}

static void searches(void)
{
	CHECK(strspn("aabbcx", "abc") == 5 && strspn("", "a") == 0 && strspn("abc", "") == 0);
	CHECK(strcspn("hello, world", ", ") == 5 && strcspn("abc", "") == 3);
	CHECK(strspn("\xff\xfe" "a", "\xfe\xff") == 2);
	CHECK(strpbrk("hello", "ol") != NULL && *strpbrk("hello", "ol") == 'l');
	CHECK(strpbrk("hello", "xyz") == NULL);

	const char *hay = "the quick brown fox";
	CHECK(strstr(hay, "quick") == hay + 4 && strstr(hay, "") == hay);
	CHECK(strstr(hay, "fox") == hay + 16 && strstr(hay, "foxes") == NULL);
	CHECK(strstr("aaab", "aab") != NULL && strstr("", "a") == NULL);
	CHECK(memmem(hay, 19, "brown", 5) == hay + 10 && memmem(hay, 19, "", 0) == hay);
	CHECK(memmem("a\0b\0c", 5, "\0c", 2) != NULL && memmem("abc", 3, "abcd", 4) == NULL);
}

/* memmem and strstr against a naive search, on random strings over
 * small alphabets (where periodic needles and near-misses abound). */
static const char *naive_search(const char *h, size_t hn, const char *n, size_t nn)
{
	for (size_t i = 0; i + nn <= hn; i++) {
		if (memcmp(h + i, n, nn) == 0)
			return h + i;
	}
	return NULL;
}

static void search_random(void)
{
	char h[200], n[24];
	int ok = 1;
	srand(7);
	for (int round = 0; round < 20000; round++) {
		int alphabet = 1 + rand() % 3;
		size_t hn = (size_t)(rand() % 120), nn = (size_t)(rand() % 12);
		for (size_t i = 0; i < hn; i++)
			h[i] = (char)('a' + rand() % alphabet);
		for (size_t i = 0; i < nn; i++)
			n[i] = (char)('a' + rand() % alphabet);
		if (nn > 0 && hn > nn && rand() % 2) /* plant a match */
			memcpy(h + rand() % (int)(hn - nn), n, nn);
		const char *want = naive_search(h, hn, n, nn);
		ok &= memmem(h, hn, n, nn) == want;
		h[hn] = '\0';
		n[nn] = '\0';
		ok &= strstr(h, n) == want;
	}
	CHECK(ok);

	/* The quadratic case for a naive search: a^k b in a^N, linear here. */
	static char hay[1 << 17], pat[1 << 12];
	memset(hay, 'a', sizeof hay - 1);
	memset(pat, 'a', sizeof pat - 1);
	pat[sizeof pat - 2] = 'b';
	CHECK(strstr(hay, pat) == NULL);
	hay[sizeof hay - 2] = 'b';
	CHECK(strstr(hay, pat) == hay + sizeof hay - sizeof pat);
}

static void tokens(void)
{
	char s[] = "  one,two;;three  ";
	CHECK(strcmp(strtok(s, " ,;"), "one") == 0);
	CHECK(strcmp(strtok(NULL, " ,;"), "two") == 0);
	CHECK(strcmp(strtok(NULL, " ,;"), "three") == 0);
	CHECK(strtok(NULL, " ,;") == NULL && strtok(NULL, " ,;") == NULL);

	char r[] = "a=1&b=2";
	char *save;
	CHECK(strcmp(strtok_r(r, "&", &save), "a=1") == 0);
	CHECK(strcmp(strtok_r(NULL, "&", &save), "b=2") == 0);
	CHECK(strtok_r(NULL, "&", &save) == NULL);
	char empty[] = ";;;";
	CHECK(strtok_r(empty, ";", &save) == NULL);

	char p[] = "a,,b";
	char *sp = p;
	CHECK(strcmp(strsep(&sp, ","), "a") == 0);
	CHECK(strcmp(strsep(&sp, ","), "") == 0);
	CHECK(strcmp(strsep(&sp, ","), "b") == 0 && sp == NULL);
	CHECK(strsep(&sp, ",") == NULL);
}

static void allocating(void)
{
	char *d = strdup("duplicate me");
	CHECK(d != NULL && strcmp(d, "duplicate me") == 0);
	free(d);
	d = strndup("abcdef", 3);
	CHECK(d != NULL && strcmp(d, "abc") == 0);
	free(d);
	d = strndup("ab", 10);
	CHECK(d != NULL && strcmp(d, "ab") == 0);
	free(d);
}

static void bits(void)
{
	CHECK(ffs(0) == 0 && ffs(1) == 1 && ffs(8) == 4 && ffs(INT32_MIN) == 32);
	CHECK(ffsl(0) == 0 && ffsl(1L << 40) == 41 && ffsll(LLONG_MIN) == 64);
}

int main(void)
{
	scans();
	compares();
	copies();
	searches();
	search_random();
	tokens();
	allocating();
	bits();
	return check_summary();
}
