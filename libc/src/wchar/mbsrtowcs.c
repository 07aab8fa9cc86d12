#include <stdint.h>
#include <wchar.h>

size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	return mbsnrtowcs(dst, src, SIZE_MAX, n, ps != NULL ? ps : &internal);
}
