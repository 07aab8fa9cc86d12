#include <stdlib.h>

div_t div(int numer, int denom)
{
	/* C99 division truncates toward zero, as div must. */
	return (div_t){.quot = numer / denom, .rem = numer % denom};
}
