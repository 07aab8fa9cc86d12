#include <string.h>

/* In the "C" locale collation is byte order. */
int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}
