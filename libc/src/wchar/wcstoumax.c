#include <inttypes.h>
#include <wchar.h>

#include "w64_wide.h"

uintmax_t wcstoumax(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	struct __w64_narrow n;
	char *stop;
	__w64_narrow_number(&n, s);
	uintmax_t v = strtoumax(n.text, &stop, base);
	__w64_narrow_done(&n, stop, s, end);
	return v;
}
