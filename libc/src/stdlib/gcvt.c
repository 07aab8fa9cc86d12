#include <stdio.h>
#include <stdlib.h>

#include "w64_cvt.h"

/* printf's %.*g into buf, with n capped at 17 digits (as glibc). */
char *gcvt(double x, int n, char *buf)
{
	sprintf(buf, "%.*g", n > W64_CVT_DIGITS ? W64_CVT_DIGITS : n, x);
	return buf;
}
