#include <string.h>
#include <strings.h>

/* The pre-POSIX-2008 name of strchr, which old programs still call. */
char *index(const char *s, int c)
{
	return strchr(s, c);
}
