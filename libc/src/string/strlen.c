#include <string.h>

/* Built with -fno-builtin: clang -O2 turns this loop into a strlen call. */
size_t strlen(const char *s)
{
	const char *p = s;

	while (*p != '\0')
		p++;
	return (size_t)(p - s);
}
