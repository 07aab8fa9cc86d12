/*
 * iconv: every encoding and its names, the error cases (EILSEQ, EINVAL,
 * E2BIG, EBADF) with where they leave the buffers, byte-order marks and
 * the state iconv with no input resets, //TRANSLIT and //IGNORE.
 * tests/libc-native/iconv_diff.c compares with glibc on generated input.
 */
#include <errno.h>
#include <iconv.h>
#include <locale.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>

#include "check.h"

static char out[256];
static size_t in_used, out_len;
static int err;

/* Converts n bytes of in in one call into out (room bytes); in_used,
 * out_len and err (errno, 0 on success) tell what happened. */
static size_t conv(const char *to, const char *from, const char *in, size_t n, size_t room)
{
	iconv_t cd = iconv_open(to, from);
	if (cd == (iconv_t)-1)
		return (size_t)-2;
	char *ip = (char *)in, *op = out;
	size_t il = n, ol = room;
	errno = 0;
	size_t r = iconv(cd, &ip, &il, &op, &ol);
	err = r == (size_t)-1 ? errno : 0;
	in_used = (size_t)(ip - in);
	out_len = (size_t)(op - out);
	/* The counts moved with the pointers. */
	CHECK(il == n - in_used && ol == room - out_len);
	CHECK(iconv_close(cd) == 0);
	return r;
}

#define SAME(bytes) (out_len == sizeof bytes - 1 && memcmp(out, bytes, sizeof bytes - 1) == 0)

static void test_names(void)
{
	static const char *const good[] = {
		"UTF-8", "utf8", "Utf-8", "UTF-16", "utf16le", "UTF-16BE", "UTF-32", "UTF-32LE", "utf-32be",
		"UCS-2", "UCS-2LE", "UCS-2BE", "UNICODELITTLE", "UNICODEBIG", "ISO-10646-UCS-2", "UCS-4",
		"ucs-4le", "UCS-4BE", "ISO-10646-UCS-4", "WCHAR_T", "ISO-8859-1", "ISO8859-1", "iso_8859-1",
		"ISO_8859-1:1987", "LATIN1", "latin-1", "L1", "CP819", "IBM819", "ISO-IR-100", "ASCII",
		"US-ASCII", "us", "ANSI_X3.4-1968", "ISO646-US", "CSASCII", "", "UTF-8//TRANSLIT",
		"ascii//IGNORE", "latin1//TRANSLIT//IGNORE",
	};
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		iconv_t cd = iconv_open(good[i], "UTF-8");
		CHECK(cd != (iconv_t)-1);
		if (cd != (iconv_t)-1)
			CHECK(iconv_close(cd) == 0);
		cd = iconv_open("UTF-8", good[i]);
		CHECK(cd != (iconv_t)-1);
		if (cd != (iconv_t)-1)
			iconv_close(cd);
	}
	static const char *const bad[] = {"UTF-9", "EBCDIC", "UTF-8X", "LATIN2", "KOI8-R",
					  "A-NAME-LONGER-THAN-ANY-ENCODING-HAS"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		errno = 0;
		CHECK(iconv_open(bad[i], "UTF-8") == (iconv_t)-1 && errno == EINVAL);
		errno = 0;
		CHECK(iconv_open("UTF-8", bad[i]) == (iconv_t)-1 && errno == EINVAL);
	}
	errno = 0;
	CHECK(iconv_close((iconv_t)-1) == -1 && errno == EBADF);
	char *ip = NULL, *op = out;
	size_t il = 0, ol = 0;
	errno = 0;
	CHECK(iconv((iconv_t)-1, &ip, &il, &op, &ol) == (size_t)-1 && errno == EBADF);
}

static void test_encodings(void)
{
	/* "Aé€😀": 1, 2, 3 and 4 bytes of UTF-8. */
	static const char utf8[] = "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
	size_t n = sizeof utf8 - 1;
	CHECK(conv("UTF-16LE", "UTF-8", utf8, n, 64) == 0 && SAME("A\0\xe9\0\xac\x20\x3d\xd8\x00\xde"));
	CHECK(conv("UTF-16BE", "UTF-8", utf8, n, 64) == 0 && SAME("\0A\0\xe9\x20\xac\xd8\x3d\xde\x00"));
	/* UTF-16 and UTF-32 write a mark, then little-endian. */
	CHECK(conv("UTF-16", "UTF-8", utf8, n, 64) == 0 && SAME("\xff\xfe" "A\0\xe9\0\xac\x20\x3d\xd8\x00\xde"));
	CHECK(conv("UTF-32", "UTF-8", utf8, n, 64) == 0 &&
	      SAME("\xff\xfe\0\0" "A\0\0\0\xe9\0\0\0\xac\x20\0\0\x00\xf6\x01\0"));
	CHECK(conv("UTF-32BE", "UTF-8", utf8, n, 64) == 0 &&
	      SAME("\0\0\0A\0\0\0\xe9\0\0\x20\xac\0\x01\xf6\x00"));
	CHECK(conv("UTF-32LE", "UTF-8", utf8, n, 64) == 0 && SAME("A\0\0\0\xe9\0\0\0\xac\x20\0\0\x00\xf6\x01\0"));
	CHECK(conv("UCS-4", "UTF-8", utf8, n, 64) == 0 && SAME("\0\0\0A\0\0\0\xe9\0\0\x20\xac\0\x01\xf6\x00"));
	CHECK(conv("UCS-4LE", "UTF-8", utf8, n, 64) == 0 && SAME("A\0\0\0\xe9\0\0\0\xac\x20\0\0\x00\xf6\x01\0"));
	/* UCS-2 has no 😀: everything before it converted. */
	CHECK(conv("UCS-2", "UTF-8", utf8, n, 64) == (size_t)-1 && err == EILSEQ && in_used == 6 &&
	      SAME("A\0\xe9\0\xac\x20"));
	CHECK(conv("UCS-2BE", "UTF-8", utf8, 6, 64) == 0 && SAME("\0A\0\xe9\x20\xac"));
	CHECK(conv("ISO-8859-1", "UTF-8", utf8, n, 64) == (size_t)-1 && err == EILSEQ && in_used == 3 &&
	      SAME("A\xe9"));
	CHECK(conv("ASCII", "UTF-8", utf8, n, 64) == (size_t)-1 && err == EILSEQ && in_used == 1 && SAME("A"));
	/* WCHAR_T is wchar_t itself. */
	CHECK(conv("WCHAR_T", "UTF-8", utf8, n, 64) == 0 && out_len == 4 * sizeof(wchar_t));
	wchar_t w[4];
	memcpy(w, out, sizeof w);
	CHECK(w[0] == L'A' && w[1] == 0xe9 && w[2] == 0x20ac && w[3] == 0x1f600);
	CHECK(conv("UTF-8", "WCHAR_T", (const char *)w, sizeof w, 64) == 0 && SAME(utf8));

	/* Back to UTF-8 from each. */
	CHECK(conv("UTF-8", "UTF-16BE", "\0A\0\xe9\x20\xac\xd8\x3d\xde\x00", 10, 64) == 0 && SAME(utf8));
	CHECK(conv("UTF-8", "UCS-4", "\0\0\0A\0\0\0\xe9\0\0\x20\xac\0\x01\xf6\x00", 16, 64) == 0 && SAME(utf8));
	CHECK(conv("UTF-8", "LATIN1", "A\xe9\xff", 3, 64) == 0 && SAME("A\xc3\xa9\xc3\xbf"));
	CHECK(conv("UTF-8", "US-ASCII", "A\x7f\x80", 3, 64) == (size_t)-1 && err == EILSEQ && in_used == 2);
	CHECK(conv("latin1", "ascii", "plain", 5, 64) == 0 && SAME("plain"));

	/* The empty name is the locale's encoding. */
	CHECK(conv("", "LATIN1", "\xe9", 1, 64) == (size_t)-1 && err == EILSEQ);
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	CHECK(conv("", "LATIN1", "\xe9", 1, 64) == 0 && SAME("\xc3\xa9"));
	setlocale(LC_CTYPE, "C");
}

static void test_marks(void)
{
	/* Reading UTF-16 and UTF-32: a mark says the order and is dropped;
	 * without one, little-endian.  A mark later on is a character. */
	CHECK(conv("UTF-8", "UTF-16", "\xfe\xff\0A\xfe\xff", 6, 64) == 0 && SAME("A\xef\xbb\xbf"));
	CHECK(conv("UTF-8", "UTF-16", "\xff\xfe" "A\0", 4, 64) == 0 && SAME("A"));
	CHECK(conv("UTF-8", "UTF-16", "A\0", 2, 64) == 0 && SAME("A"));
	CHECK(conv("UTF-8", "UTF-32", "\0\0\xfe\xff\0\0\0A", 8, 64) == 0 && SAME("A"));
	CHECK(conv("UTF-8", "UTF-32", "A\0\0\0", 4, 64) == 0 && SAME("A"));
	/* The explicit orders and UCS-2 keep a mark as U+FEFF. */
	CHECK(conv("UTF-8", "UTF-16LE", "\xff\xfe" "A\0", 4, 64) == 0 && SAME("\xef\xbb\xbf" "A"));
	CHECK(conv("UTF-8", "UCS-2", "\xff\xfe" "A\0", 4, 64) == 0 && SAME("\xef\xbb\xbf" "A"));
	/* No input, no mark. */
	CHECK(conv("UTF-16", "UTF-8", "", 0, 64) == 0 && out_len == 0);
	/* A mark that fits, then no room for the character: the mark stays. */
	CHECK(conv("UTF-16", "UTF-8", "A", 1, 3) == (size_t)-1 && err == E2BIG && in_used == 0 && SAME("\xff\xfe"));
	CHECK(conv("UTF-16", "UTF-8", "A", 1, 1) == (size_t)-1 && err == E2BIG && out_len == 0);

	/* Over several calls: one mark; a reset (no input) starts again. */
	iconv_t cd = iconv_open("UTF-16", "UTF-8");
	char *ip = "AB", *op = out;
	size_t il = 1, ol = sizeof out;
	CHECK(iconv(cd, &ip, &il, &op, &ol) == 0 && op - out == 4);
	il = 1;
	CHECK(iconv(cd, &ip, &il, &op, &ol) == 0 && op - out == 6 && memcmp(out, "\xff\xfe" "A\0B\0", 6) == 0);
	CHECK(iconv(cd, NULL, NULL, &op, &ol) == 0 && op - out == 6);
	ip = "C";
	il = 1;
	CHECK(iconv(cd, &ip, &il, &op, &ol) == 0 && op - out == 10 && memcmp(out + 6, "\xff\xfe" "C\0", 4) == 0);
	CHECK(iconv(cd, NULL, NULL, NULL, NULL) == 0);
	iconv_close(cd);

	cd = iconv_open("UTF-8", "UTF-16");
	ip = "\xfe\xff";
	il = 2;
	op = out;
	ol = sizeof out;
	CHECK(iconv(cd, &ip, &il, &op, &ol) == 0 && il == 0 && op == out);
	ip = "\0A";
	il = 2;
	CHECK(iconv(cd, &ip, &il, &op, &ol) == 0 && op - out == 1 && out[0] == 'A');
	/* *inbuf NULL is a reset too: a mark may come again, and without
	 * one the order stays big-endian (glibc's answer). */
	char *none = NULL;
	CHECK(iconv(cd, &none, &il, &op, &ol) == 0);
	ip = "\0B";
	il = 2;
	CHECK(iconv(cd, &ip, &il, &op, &ol) == 0 && op - out == 2 && out[1] == 'B');
	/* A little-endian mark is dropped and leaves the order as it was. */
	CHECK(iconv(cd, NULL, NULL, NULL, NULL) == 0);
	ip = "\xff\xfe" "\0C";
	il = 4;
	CHECK(iconv(cd, &ip, &il, &op, &ol) == 0 && op - out == 3 && out[2] == 'C');
	iconv_close(cd);
}

static void test_errors(void)
{
	/* UTF-8: invalid at once, or cut short at the end (EINVAL, also for
	 * a beginning that would turn out overlong or a surrogate, which only
	 * the rest would tell). */
	static const struct {
		const char *in;
		size_t n, used;
		int err;
	} cases[] = {
		{"a\x80", 2, 1, EILSEQ},         {"a\xc0\x80", 3, 1, EILSEQ},     {"a\xc1\xbf", 3, 1, EILSEQ},
		{"a\xe0\x80\x80", 4, 1, EILSEQ}, {"a\xed\xa0\x80", 4, 1, EILSEQ}, {"a\xf4\x90\x80\x80", 5, 1, EILSEQ},
		{"a\xf5\x80\x80\x80", 5, 1, EILSEQ}, {"a\xff", 2, 1, EILSEQ},     {"a\xc3" "b", 3, 1, EILSEQ},
		{"a\xe2\x82" "b", 4, 1, EILSEQ}, {"a\xc3", 2, 1, EINVAL},         {"a\xe2\x82", 3, 1, EINVAL},
		{"a\xf0\x9f\x98", 4, 1, EINVAL}, {"a\xe0\x80", 3, 1, EINVAL},     {"a\xed\xa0", 3, 1, EINVAL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK(conv("UTF-16LE", "UTF-8", cases[i].in, cases[i].n, 64) == (size_t)-1 &&
		      err == cases[i].err && in_used == cases[i].used && SAME("a\0"));

	/* UTF-16: a lone low surrogate, a high one followed by no low one,
	 * a high one or an odd byte at the end. */
	CHECK(conv("UTF-8", "UTF-16LE", "a\0\x00\xdc", 4, 64) == (size_t)-1 && err == EILSEQ && in_used == 2);
	CHECK(conv("UTF-8", "UTF-16LE", "a\0\x00\xd8" "b\0", 6, 64) == (size_t)-1 && err == EILSEQ && in_used == 2);
	CHECK(conv("UTF-8", "UTF-16LE", "a\0\x00\xd8", 4, 64) == (size_t)-1 && err == EINVAL && in_used == 2);
	CHECK(conv("UTF-8", "UTF-16LE", "a\0\x00\xd8\x00", 5, 64) == (size_t)-1 && err == EINVAL && in_used == 2);
	CHECK(conv("UTF-8", "UTF-16LE", "a\0b", 3, 64) == (size_t)-1 && err == EINVAL && in_used == 2);
	CHECK(conv("UTF-8", "UCS-2LE", "a\0\x00\xd8\x00\xdc", 6, 64) == (size_t)-1 && err == EILSEQ && in_used == 2);
	/* UTF-32 and UCS-4: surrogates and values past U+10FFFF. */
	CHECK(conv("UTF-8", "UTF-32BE", "\0\x10\xff\xff\0\x11\0\0", 8, 64) == (size_t)-1 && err == EILSEQ &&
	      in_used == 4 && SAME("\xf4\x8f\xbf\xbf"));
	CHECK(conv("UTF-8", "UCS-4", "\0\0\xd8\0", 4, 64) == (size_t)-1 && err == EILSEQ && in_used == 0);
	CHECK(conv("UTF-8", "UCS-4", "\0\0\0a\0\0", 6, 64) == (size_t)-1 && err == EINVAL && in_used == 4);

	/* E2BIG stops before the character that does not fit, in every
	 * encoding. */
	CHECK(conv("UTF-8", "LATIN1", "ab\xe9", 3, 3) == (size_t)-1 && err == E2BIG && in_used == 2 && SAME("ab"));
	CHECK(conv("UTF-16LE", "UTF-8", "a\xf0\x9f\x98\x80", 5, 5) == (size_t)-1 && err == E2BIG && in_used == 1);
	CHECK(conv("UCS-4", "UTF-8", "ab", 2, 7) == (size_t)-1 && err == E2BIG && in_used == 1 && out_len == 4);
	CHECK(conv("LATIN1", "UTF-8", "ab", 2, 0) == (size_t)-1 && err == E2BIG && in_used == 0);
	/* A full buffer is found before what the next character is (glibc's
	 * order); a bad character with room left is EILSEQ. */
	CHECK(conv("ASCII", "UTF-8", "a\xc3\xa9", 3, 1) == (size_t)-1 && err == E2BIG && in_used == 1);
	CHECK(conv("ASCII", "UTF-8", "a\xc3\xa9", 3, 2) == (size_t)-1 && err == EILSEQ && in_used == 1);
	CHECK(conv("UCS-2LE", "UTF-8", "a\xf0\x9f\x98\x80", 5, 3) == (size_t)-1 && err == E2BIG && in_used == 1);
	/* //IGNORE: input skipped after the last character that fit is read
	 * again next time. */
	CHECK(conv("LATIN1//IGNORE", "UTF-8", "ab\x80" "c", 4, 2) == (size_t)-1 && err == E2BIG && in_used == 2);
}

static void test_suffixes(void)
{
	/* //TRANSLIT: '?' for what the target lacks, counted as irreversible. */
	CHECK(conv("ASCII//TRANSLIT", "UTF-8", "a\xc3\xa9\xe2\x82\xac" "b", 7, 64) == 2 && SAME("a??b"));
	CHECK(conv("UCS-2BE//TRANSLIT", "UTF-8", "\xf0\x9f\x98\x80", 4, 64) == 1 && SAME("\0?"));
	/* Invalid input is still invalid. */
	CHECK(conv("ASCII//TRANSLIT", "UTF-8", "a\x80", 2, 64) == (size_t)-1 && err == EILSEQ && in_used == 1);
	/* //IGNORE: skipped, and the call says EILSEQ once all is done. */
	CHECK(conv("ASCII//IGNORE", "UTF-8", "a\xc3\xa9" "b\x80" "c", 6, 64) == (size_t)-1 && err == EILSEQ &&
	      in_used == 6 && SAME("abc"));
	CHECK(conv("ASCII//IGNORE", "UTF-8", "\xc3\xa9" "ab", 4, 1) == (size_t)-1 && err == E2BIG && in_used == 3 &&
	      SAME("a"));
	CHECK(conv("latin1//TRANSLIT//IGNORE", "UTF-8", "\xe2\x82\xac\xff", 4, 64) == (size_t)-1 && err == EILSEQ &&
	      SAME("?"));
	/* On the source's name they mean nothing. */
	CHECK(conv("UTF-8", "UTF-8//IGNORE", "\x80" "a", 2, 64) == (size_t)-1 && err == EILSEQ && in_used == 0);
}

int main(void)
{
	test_names();
	test_encodings();
	test_marks();
	test_errors();
	test_suffixes();
	return check_summary();
}
