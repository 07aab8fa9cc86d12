#include <string.h>

#include "checksum.h"

unsigned long checksum(const char *s)
{
	unsigned long sum = 0;
	for (size_t i = 0, n = strlen(s); i < n; i++)
		sum += (unsigned char)s[i];
	return sum;
}
