/* string.h, strings.h, ctype.h and unistd.h extras: index rindex
 * strcasestr strlcpy strlcat strverscmp explicit_bzero swab isascii
 * toascii.  (tests/libc-native/more_diff.c compares strverscmp and
 * strcasestr with glibc on generated strings.) */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "check.h"

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

int main(void)
{
	const char *s = "hello world";
	CHECK(index(s, 'o') == s + 4);
	CHECK(rindex(s, 'o') == s + 7);
	CHECK(index(s, 'z') == NULL && rindex(s, 'z') == NULL);
	CHECK(index(s, '\0') == s + 11 && rindex(s, '\0') == s + 11);

	CHECK(strcasestr(s, "WORLD") == s + 6);
	CHECK(strcasestr(s, "") == s);
	CHECK(strcasestr("", "") != NULL);
	CHECK(strcasestr("", "a") == NULL);
	CHECK(strcasestr("aAaB", "AAB") != NULL && strcmp(strcasestr("aAaB", "AAB"), "AaB") == 0);
	CHECK(strcasestr("abc", "abcd") == NULL);
	CHECK(strcasestr("x\xc3\xa9y", "\xc3\xa9") != NULL); /* bytes above 0x7f: exact */

	char buf[8];
	CHECK(strlcpy(buf, "abc", sizeof buf) == 3 && strcmp(buf, "abc") == 0);
	CHECK(strlcpy(buf, "abcdefghij", sizeof buf) == 10 && strcmp(buf, "abcdefg") == 0);
	buf[0] = 'x';
	CHECK(strlcpy(buf, "abc", 0) == 3 && buf[0] == 'x');
	CHECK(strlcpy(buf, "abc", 1) == 3 && buf[0] == '\0');
	strcpy(buf, "ab");
	CHECK(strlcat(buf, "cd", sizeof buf) == 4 && strcmp(buf, "abcd") == 0);
	CHECK(strlcat(buf, "efghij", sizeof buf) == 10 && strcmp(buf, "abcdefg") == 0);
	CHECK(strlcat(buf, "x", 3) == 3 + 1); /* no NUL within 3: size + strlen(src) */
	CHECK(strcmp(buf, "abcdefg") == 0);

	/* strverscmp: glibc's manual's order, pairwise */
	static const char *const order[] = {"000", "00", "01", "010", "09", "0", "1", "9", "10"};
	int ok = 1;
	for (int i = 0; i < 9; i++) {
		for (int j = 0; j < 9; j++)
			ok &= sign(strverscmp(order[i], order[j])) == (i > j) - (i < j);
	}
	CHECK(ok);
	CHECK(strverscmp("foo-1.2.10", "foo-1.2.9") > 0);
	CHECK(strverscmp("item#99", "item#100") < 0);
	CHECK(strverscmp("alpha1", "alpha001") > 0);
	CHECK(strverscmp("abc", "abc") == 0);
	CHECK(strverscmp("a", "b") < 0);
	CHECK(strverscmp("file2.txt", "file10.txt") < 0);

	char secret[16] = "password";
	explicit_bzero(secret, sizeof secret);
	ok = 1;
	for (size_t i = 0; i < sizeof secret; i++)
		ok &= secret[i] == 0;
	CHECK(ok);

	char src[7] = "abcdef", dst[7] = "XXXXXX";
	swab(src, dst, 6);
	CHECK(memcmp(dst, "badcfe", 6) == 0);
	memcpy(dst, "XXXXXX", 6);
	swab(src, dst, 5); /* odd: the last byte is left alone */
	CHECK(memcmp(dst, "badcXX", 6) == 0);
	swab(src, dst, -2);
	CHECK(memcmp(dst, "badcXX", 6) == 0);

	CHECK(isascii(0) && isascii(0x7f) && !isascii(0x80) && !isascii(-1) && !isascii(0x100));
	CHECK(toascii(0xc1) == 0x41 && toascii('a') == 'a' && toascii(-1) == 0x7f);
	return check_summary();
}
