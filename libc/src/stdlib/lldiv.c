#include <stdlib.h>

lldiv_t lldiv(long long numer, long long denom)
{
	/* C99 division truncates toward zero, as div must. */
	return (lldiv_t){.quot = numer / denom, .rem = numer % denom};
}
