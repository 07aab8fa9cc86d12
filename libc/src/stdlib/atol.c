#include <stdlib.h>

/* long and long long are both 64-bit. */
long atol(const char *s)
{
	return (long)atoll(s);
}
