#include <stdint.h>
#include <string.h>

#include "w64_f128.h"

#define SIGN_BIT (UINT64_C(1) << 63)
#define EXP_MASK UINT64_C(0x7fff000000000000)

int __w64_cmpf128(w64_f128 a, w64_f128 b, int unordered)
{
	uint64_t wa[2], wb[2];
	memcpy(wa, &a, sizeof wa);
	memcpy(wb, &b, sizeof wb);
	/* Little-endian: word 1 holds sign, exponent and the high fraction. */
	uint64_t ahi = wa[1] & ~SIGN_BIT, alo = wa[0];
	uint64_t bhi = wb[1] & ~SIGN_BIT, blo = wb[0];

	if (ahi > EXP_MASK || (ahi == EXP_MASK && alo != 0) || bhi > EXP_MASK ||
	    (bhi == EXP_MASK && blo != 0))
		return unordered;
	if ((ahi | alo | bhi | blo) == 0)
		return 0; /* +0 == -0 */

	int a_neg = (wa[1] & SIGN_BIT) != 0, b_neg = (wb[1] & SIGN_BIT) != 0;
	if (a_neg != b_neg)
		return a_neg ? -1 : 1;
	/* Same sign: the magnitudes order like integers, reversed when
	 * negative. */
	int mag = ahi != bhi ? (ahi < bhi ? -1 : 1) : alo != blo ? (alo < blo ? -1 : 1) : 0;
	return a_neg ? -mag : mag;
}
