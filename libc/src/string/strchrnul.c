#include <string.h>

/* The first c in s, or the terminating NUL. */
char *strchrnul(const char *s, int c)
{
	char ch = (char)c;

	while (*s != '\0' && *s != ch)
		s++;
	return (char *)s;
}
