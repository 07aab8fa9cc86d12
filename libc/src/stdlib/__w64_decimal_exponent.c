#include <stdio.h>
#include <stdlib.h>

#include "w64_cvt.h"

/* printf's %e is exact: 21 significant digits cannot round a double up
 * to the next power of ten (the gap below a power of ten is at least
 * 10^-17 of it, far above the rounding step 10^-21), so its exponent is
 * the value's. */
int __w64_decimal_exponent(double x)
{
	char tmp[40];
	snprintf(tmp, sizeof tmp, "%.20e", x);
	const char *e = tmp;
	while (*e != 'e')
		e++;
	return atoi(e + 1);
}
