#include <fenv.h>

/* wasm rounds to nearest, always: any other mode cannot be set, and C11
 * asks for a nonzero return then. */
int fesetround(int round)
{
	return round == FE_TONEAREST ? 0 : -1;
}
