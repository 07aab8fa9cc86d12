#include <inttypes.h>

imaxdiv_t imaxdiv(intmax_t numer, intmax_t denom)
{
	/* C99 division truncates toward zero, as div must. */
	return (imaxdiv_t){.quot = numer / denom, .rem = numer % denom};
}
