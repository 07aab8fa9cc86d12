#include <stdlib.h>
#include <wchar.h>

#include "w64_wide.h"

float wcstof(const wchar_t *restrict s, wchar_t **restrict end)
{
	struct __w64_narrow n;
	char *stop;
	__w64_narrow_number(&n, s);
	float v = strtof(n.text, &stop);
	__w64_narrow_done(&n, stop, s, end);
	return v;
}
