#include <stdlib.h>
#include <string.h>

#include "w64_a64l.h"

/* Up to six radix-64 digits, least significant first, ending at the
 * first other character.  The result is the 32-bit value as an unsigned
 * number (glibc's answer; POSIX leaves the sign of a long above 32 bits
 * open). */
long a64l(const char *s)
{
	unsigned long x = 0;

	for (int i = 0; i < 6 && s[i] != '\0'; i++) {
		const char *d = strchr(__w64_a64l_digits, s[i]);
		if (d == NULL)
			break;
		x |= (unsigned long)(d - __w64_a64l_digits) << (6 * i);
	}
	return (long)(x & 0xffffffffu);
}
