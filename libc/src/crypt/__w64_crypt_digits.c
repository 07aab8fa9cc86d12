#include "w64_a64l.h"
#include "w64_crypt.h"

int __w64_crypt_digit_value(unsigned char c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 38;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 12;
	if (c >= '.' && c <= '9')
		return c - '.';
	return -1;
}

char *__w64_crypt_put_digits(char *p, uint32_t v, int n)
{
	while (n-- > 0) {
		*p++ = __w64_a64l_digits[v & 63];
		v >>= 6;
	}
	return p;
}
