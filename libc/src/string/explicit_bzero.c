#include <string.h>

/* bzero that the compiler may not drop even when the memory is never
 * read again (for wiping secrets): the empty asm claims to read it. */
void explicit_bzero(void *s, size_t n)
{
	memset(s, 0, n);
	__asm__ __volatile__("" : : "r"(s) : "memory");
}
