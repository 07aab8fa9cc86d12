#include <limits.h>
#include <stdlib.h>

/* C leaves an out-of-range result undefined; this one saturates, as
 * strtol does, and leaves errno alone. */
int atoi(const char *s)
{
	long v = atol(s);
	return v > INT_MAX ? INT_MAX : v < INT_MIN ? INT_MIN : (int)v;
}
