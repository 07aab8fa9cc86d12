#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_strto.h"

/* A '-' negates in the unsigned type: "-1" is ULLONG_MAX. */
unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
	int neg, overflow;
	uintmax_t v = __w64_strtox(s, end, base, &neg, &overflow);

	if (overflow || v > ULLONG_MAX) {
		__w64_set_errno(ERANGE);
		return ULLONG_MAX;
	}
	return neg ? -(unsigned long long)v : (unsigned long long)v;
}
