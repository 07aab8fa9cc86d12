#include <time.h>

#include "w64_time.h"

/* The processor time the program used, in microseconds; (clock_t)-1
 * when the host cannot tell. */
clock_t clock(void)
{
	uint64_t ns;

	if (__w64_clock_ns(CLOCK_PROCESS_CPUTIME_ID, &ns) != 0)
		return (clock_t)-1;
	return (clock_t)(ns / 1000u);
}
