#include <string.h>

/*
 * Built with -fno-builtin (libc/libc.mk), as a native test build of the
 * string functions must be too, so that clang never turns their loops back
 * into calls to the very functions being defined.
 */
void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
#if defined(__wasm_bulk_memory__)
	/* One memory.copy: bounds are checked once and the engine picks the
	 * copy strategy.  (memory.copy also handles overlap, which memcpy is
	 * allowed not to.) */
	__builtin_memcpy(dst, src, n);
#else
	unsigned char *d = dst;
	const unsigned char *s = src;
	while (n-- > 0)
		*d++ = *s++;
#endif
	return dst;
}
