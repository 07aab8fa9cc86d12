#include <stdlib.h>

/* The radix character is '.' in both locales (LC_NUMERIC is "C"). */
double strtod_l(const char *restrict s, char **restrict end, locale_t l)
{
	(void)l;
	return strtod(s, end);
}
