#include <errno.h>
#include <math.h>

#include "w64_math.h"

/*
 * The old x 2^n with n a double, as glibc does it: n must be an integer
 * (NaN and EDOM otherwise); an infinite n gives x * n for +inf (inf, or
 * NaN for x = 0) and x / -n for -inf (a zero, or NaN for infinite x);
 * a huge n saturates.  ERANGE when the result overflows or underflows to
 * zero from finite arguments.
 */
double scalb(double x, double n)
{
	if (x != x || n != n)
		return x * n;
	if (__builtin_isinf(n)) {
		if (n > 0)
			return x == 0 ? __w64_math_error(x * n, EDOM) : x * n;
		return __builtin_isinf(x) ? __w64_math_error(x / -n, EDOM) : x / -n;
	}
	if (__builtin_rint(n) != n)
		return __w64_math_error((n - n) / (n - n), EDOM);
	double r = scalbn(x, n > 65000 ? 65000 : n < -65000 ? -65000 : (int)n);
	if ((__builtin_isinf(r) && !__builtin_isinf(x)) || (r == 0 && x != 0))
		return __w64_math_error(r, ERANGE);
	return r;
}
