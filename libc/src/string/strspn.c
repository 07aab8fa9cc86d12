#include <string.h>

#include "w64_byteset.h"

size_t strspn(const char *s, const char *accept)
{
	struct w64_byteset set;
	const unsigned char *p = (const unsigned char *)s;

	w64_byteset_init(&set, accept);
	while (*p != '\0' && w64_byteset_has(&set, *p))
		p++;
	return (size_t)(p - (const unsigned char *)s);
}
