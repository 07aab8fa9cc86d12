#include <stdlib.h>

#include "w64_a64l.h"

/* The low 32 bits of v in radix 64, least significant digit first, no
 * padding ("" for 0).  A static buffer, as POSIX allows. */
char *l64a(long v)
{
	static char buf[7];
	unsigned long x = (unsigned long)v & 0xffffffffu;
	int n = 0;

	for (; x != 0; x >>= 6)
		buf[n++] = __w64_a64l_digits[x & 63];
	buf[n] = '\0';
	return buf;
}
