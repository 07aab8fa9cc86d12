#include <ctype.h>
#include <strings.h>

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	for (; n > 0; n--, p++, q++) {
		int x = tolower(*p), y = tolower(*q);
		if (x != y || x == '\0')
			return x - y;
	}
	return 0;
}
