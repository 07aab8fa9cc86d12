/* fenv.h on WebAssembly: one rounding mode, no exception flags (fenv.h
 * and docs/libc.md say why); every function gives the documented answer. */
#include <fenv.h>
#include <float.h>

#include "check.h"

static volatile double zero = 0.0, one = 1.0, big = DBL_MAX;

int main(void)
{
	CHECK(FE_ALL_EXCEPT == 0);
	CHECK(fegetround() == FE_TONEAREST);
	CHECK(fesetround(FE_TONEAREST) == 0);
	/* Linux's FE_DOWNWARD, FE_UPWARD and FE_TOWARDZERO, and nonsense */
	CHECK(fesetround(0x400) != 0);
	CHECK(fesetround(0x800) != 0);
	CHECK(fesetround(0xc00) != 0);
	CHECK(fesetround(-1) != 0);
	CHECK(fegetround() == FE_TONEAREST);

	/* Operations that raise flags on other machines raise none here. */
	CHECK(feclearexcept(FE_ALL_EXCEPT) == 0);
	volatile double r = one / zero;
	r = big * big;
	r = zero / zero;
	r = one / 3.0;
	(void)r;
	CHECK(fetestexcept(FE_ALL_EXCEPT) == 0);
	CHECK(feraiseexcept(FE_ALL_EXCEPT) == 0);
	CHECK(fetestexcept(FE_ALL_EXCEPT) == 0);

	fexcept_t flags = 123;
	CHECK(fegetexceptflag(&flags, FE_ALL_EXCEPT) == 0);
	CHECK(flags == 0);
	CHECK(fesetexceptflag(&flags, FE_ALL_EXCEPT) == 0);

	fenv_t env, held;
	CHECK(fegetenv(&env) == 0);
	CHECK(feholdexcept(&held) == 0);
	CHECK(fesetenv(&env) == 0);
	CHECK(fesetenv(FE_DFL_ENV) == 0);
	CHECK(feupdateenv(&held) == 0);
	CHECK(feupdateenv(FE_DFL_ENV) == 0);
	CHECK(fegetround() == FE_TONEAREST);

	/* Rounding really is to nearest, ties to even. */
	volatile double t = 0x1p53;
	CHECK(t + 1.0 == 0x1p53);
	CHECK(t + 3.0 == 0x1p53 + 4.0);
	CHECK(-t - 3.0 == -0x1p53 - 4.0);
	return check_summary();
}
