#include <monetary.h>
#include <stdarg.h>

#include "w64_monetary.h"

/* LC_MONETARY is "C" in every locale. */
ssize_t strfmon_l(char *restrict s, size_t max, locale_t l, const char *restrict fmt, ...)
{
	(void)l;
	va_list ap;
	va_start(ap, fmt);
	ssize_t n = __w64_vstrfmon(s, max, fmt, ap);
	va_end(ap);
	return n;
}
