#include <stdint.h>
#include <wchar.h>

size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t n, mbstate_t *restrict ps)
{
	return wcsnrtombs(dst, src, SIZE_MAX, n, ps);
}
