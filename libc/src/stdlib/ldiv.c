#include <stdlib.h>

ldiv_t ldiv(long numer, long denom)
{
	/* C99 division truncates toward zero, as div must. */
	return (ldiv_t){.quot = numer / denom, .rem = numer % denom};
}
