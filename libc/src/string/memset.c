#include <string.h>

/* Built with -fno-builtin; see memcpy.c. */
void *memset(void *dst, int c, size_t n)
{
#if defined(__wasm_bulk_memory__)
	/* One memory.fill. */
	__builtin_memset(dst, c, n);
#else
	unsigned char *d = dst;
	while (n-- > 0)
		*d++ = (unsigned char)c;
#endif
	return dst;
}
