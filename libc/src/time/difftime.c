#include <time.h>

double difftime(time_t t1, time_t t0)
{
	/* The exact difference, rounded once, unless it overflows time_t. */
	time_t d;
	if (!__builtin_sub_overflow(t1, t0, &d))
		return (double)d;
	return (double)t1 - (double)t0;
}
