#include <inttypes.h>
#include <wchar.h>

#include "w64_wide.h"

intmax_t wcstoimax(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	struct __w64_narrow n;
	char *stop;
	__w64_narrow_number(&n, s);
	intmax_t v = strtoimax(n.text, &stop, base);
	__w64_narrow_done(&n, stop, s, end);
	return v;
}
