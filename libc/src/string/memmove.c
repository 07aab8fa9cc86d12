#include <stdint.h>
#include <string.h>

/* Built with -fno-builtin; see memcpy.c. */
void *memmove(void *dst, const void *src, size_t n)
{
#if defined(__wasm_bulk_memory__)
	/* memory.copy is specified to copy as if through a temporary buffer,
	 * so overlapping ranges need nothing more. */
	__builtin_memmove(dst, src, n);
#else
	unsigned char *d = dst;
	const unsigned char *s = src;
	if (d == s || n == 0)
		return dst;
	/* Comparing unrelated pointers is not portable C; their integer values
	 * are, and they decide which direction never overwrites unread bytes. */
	if ((uintptr_t)d < (uintptr_t)s) {
		while (n-- > 0)
			*d++ = *s++;
	} else {
		d += n;
		s += n;
		while (n-- > 0)
			*--d = *--s;
	}
#endif
	return dst;
}
