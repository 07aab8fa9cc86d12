#include <nl_types.h>

/* catopen never succeeds, so every message is the default (errno left
 * alone, as in wasi-libc). */
char *catgets(nl_catd catd, int set, int msg, const char *s)
{
	(void)catd;
	(void)set;
	(void)msg;
	return (char *)s;
}
