#include <ctype.h>
#include <strings.h>

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	for (;; p++, q++) {
		int x = tolower(*p), y = tolower(*q);
		if (x != y || x == '\0')
			return x - y;
	}
}
