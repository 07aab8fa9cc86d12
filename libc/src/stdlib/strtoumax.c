#include <errno.h>
#include <inttypes.h>
#include <stdint.h>

#include "w64_errno.h"
#include "w64_strto.h"

/* A '-' negates in the unsigned type: "-1" is UINTMAX_MAX. */
uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	int neg, overflow;
	uintmax_t v = __w64_strtox(s, end, base, &neg, &overflow);

	if (overflow) {
		__w64_set_errno(ERANGE);
		return UINTMAX_MAX;
	}
	return neg ? -v : v;
}
