/* libFuzzer target: the libc's strtol family (natively, renamed
 * w64_strto*) against glibc's: the same value, the same end pointer and
 * errno of the same meaning, for any string and any base (invalid bases
 * included).  The first input byte is the base, the rest the string. */
#include <errno.h>
#include <stdbool.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64.h"

/* An invalid base: glibc leaves *end alone, the libc points it at the
 * start (C says neither), so only the value and errno are compared. */
#define COMPARE(T, fn, s, base)                                                          \
	do {                                                                             \
		char *gend = s, *wend = s;                                               \
		errno = 0;                                                               \
		T g = fn(s, &gend, base);                                                \
		int gerr = errno;                                                        \
		w64_errno = 0;                                                           \
		T w = w64_##fn(s, &wend, base);                                          \
		int werr = w64_errno;                                                    \
		bool base_ok = base == 0 || (base >= 2 && base <= 36);                   \
		if (g != w || (base_ok && gend != wend) ||                               \
		    w64_errno_meaning(gerr, 0) != w64_errno_meaning(werr, 1)) {                       \
			fprintf(stderr, "%s(\"%s\", %d): glibc %jd end+%td errno %d, "   \
			        "libc %jd end+%td errno %d\n", #fn, s, base, (intmax_t)g, \
			        gend - s, gerr, (intmax_t)w, wend - s, werr);            \
			abort();                                                         \
		}                                                                        \
	} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1 || size > 300)
		return 0;
	int base = data[0] % 40;
	char s[300];
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	COMPARE(long, strtol, s, base);
	COMPARE(long long, strtoll, s, base);
	COMPARE(unsigned long, strtoul, s, base);
	COMPARE(unsigned long long, strtoull, s, base);
	COMPARE(intmax_t, strtoimax, s, base);
	COMPARE(uintmax_t, strtoumax, s, base);
	return 0;
}
