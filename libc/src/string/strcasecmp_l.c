#include <strings.h>

/* Case is ASCII's for bytes in both locales. */
int strcasecmp_l(const char *a, const char *b, locale_t l)
{
	(void)l;
	return strcasecmp(a, b);
}
