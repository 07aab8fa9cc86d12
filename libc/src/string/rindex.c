#include <string.h>
#include <strings.h>

/* The pre-POSIX-2008 name of strrchr. */
char *rindex(const char *s, int c)
{
	return strrchr(s, c);
}
