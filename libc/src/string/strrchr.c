#include <string.h>

char *strrchr(const char *s, int c)
{
	/* The terminating NUL counts as part of the string. */
	return memrchr(s, c, strlen(s) + 1);
}
