/* string.h: the functions clang may call implicitly, and their edge cases. */
#include <string.h>
#include <strings.h>

#include "check.h"

static char buf[256];

int main(void)
{
	CHECK(strlen("") == 0);
	CHECK(strlen("wasm64") == 6);
	for (int i = 0; i < 64; i++) {
		memset(buf, 'a', sizeof buf);
		buf[i] = '\0';
		CHECK(strlen(buf) == (size_t)i);
		CHECK(strlen(buf + (i > 0 ? 1 : 0)) == (size_t)(i > 0 ? i - 1 : 0));
	}

	/* memcpy / memset / memmove across every small length and offset. */
	for (size_t n = 0; n < 40; n++) {
		for (size_t off = 0; off < 9; off++) {
			char src[64], dst[64];
			for (size_t k = 0; k < sizeof src; k++)
				src[k] = (char)(k * 7 + 1), dst[k] = 0;
			CHECK(memcpy(dst + off, src, n) == dst + off);
			int same = 1;
			for (size_t k = 0; k < n; k++)
				same &= dst[off + k] == src[k];
			CHECK(same && dst[off + n] == 0);
			CHECK(memset(dst, 0x5a, n) == dst);
			same = 1;
			for (size_t k = 0; k < n; k++)
				same &= dst[k] == 0x5a;
			CHECK(same);
		}
	}
	char m[16] = "0123456789";
	CHECK(memmove(m + 2, m, 8) == m + 2);
	CHECK(memcmp(m, "0101234567", 10) == 0);
	char m2[16] = "0123456789";
	memmove(m2, m2 + 3, 7);
	CHECK(memcmp(m2, "3456789789", 10) == 0);

	/* Comparisons are of unsigned char. */
	CHECK(memcmp("abc", "abd", 3) < 0);
	CHECK(memcmp("abd", "abc", 3) > 0);
	CHECK(memcmp("ab\x80", "ab\x01", 3) > 0);
	CHECK(memcmp("x", "y", 0) == 0);
	CHECK(bcmp("same", "same", 4) == 0);
	CHECK(bcmp("same", "sane", 4) != 0);
	CHECK(strcmp("", "") == 0);
	CHECK(strcmp("a", "") > 0);
	CHECK(strcmp("abc", "abcd") < 0);
	CHECK(strcmp("\xff", "a") > 0);
	return check_summary();
}
