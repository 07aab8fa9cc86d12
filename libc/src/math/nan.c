#include <math.h>
#include <stdlib.h>
#include <string.h>

/* strtod("NAN(tagp)"): glibc's payload rules (see __w64_strtofp).  A tag
 * too long to be a number of any use gives the default NaN. */
double nan(const char *tagp)
{
	char buf[80] = "nan(";
	size_t n = strlen(tagp);
	if (n > sizeof buf - 6)
		return __builtin_nan("");
	memcpy(buf + 4, tagp, n);
	buf[4 + n] = ')';
	buf[5 + n] = '\0';
	return strtod(buf, NULL);
}
