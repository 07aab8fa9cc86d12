/*
 * long double comparisons.  On wasm64 each is a call to __lttf2 & co.,
 * which compiler-rt declares returning long: the libc's int-returning
 * versions must be the ones linked (DESIGN.md fact 4), or these trap.
 * volatile keeps the compiler from folding the comparisons away.
 */
#include <float.h>
#include <math.h>

#include "check.h"

static volatile long double zero = 0.0L, one = 1.0L, two = 2.0L, big = LDBL_MAX,
			    tiny = LDBL_TRUE_MIN;

int main(void)
{
	volatile long double nan = NAN, neg_zero = -0.0L, inf = INFINITY;

	CHECK(one < two && !(two < one) && !(one < one));
	CHECK(one <= two && one <= one && !(two <= one));
	CHECK(two > one && !(one > two) && !(one > one));
	CHECK(two >= one && one >= one && !(one >= two));
	CHECK(one == one && !(one == two) && one != two && !(one != one));
	CHECK(zero == neg_zero && !(zero < neg_zero) && !(neg_zero < zero));
	CHECK(-two < -one && -big < big && tiny > zero && -tiny < neg_zero);
	CHECK(big < inf && -inf < -big && inf == inf);
	/* Every ordered comparison with a NaN is false; != is true. */
	CHECK(!(nan < one) && !(nan <= one) && !(nan > one) && !(nan >= one));
	CHECK(!(nan == nan) && nan != nan && !(one == nan));
	CHECK(isnan(nan) && !isnan(one) && isinf(inf) && !isinf(big));
	CHECK(isgreater(two, one) && !isgreater(nan, one) && isunordered(nan, one));
	CHECK(signbit(neg_zero) && !signbit(zero) && fpclassify(tiny) == FP_SUBNORMAL);
	/* Arithmetic (compiler-rt's, which is fine) and comparison together. */
	long double sum = 0;
	for (int i = 0; i < 10; i++)
		sum += 0.1L;
	CHECK(sum > 0.99L && sum < 1.01L && sum != 1.0L);
	CHECK((long double)(double)one == one && (double)two == 2.0);
	return check_summary();
}
