#include <stdlib.h>

/* The radix character is '.' in both locales (LC_NUMERIC is "C"). */
long double strtold_l(const char *restrict s, char **restrict end, locale_t l)
{
	(void)l;
	return strtold(s, end);
}
