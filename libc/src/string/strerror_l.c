#include <string.h>

/* LC_MESSAGES is "C" in both locales. */
char *strerror_l(int errnum, locale_t l)
{
	(void)l;
	return strerror(errnum);
}
