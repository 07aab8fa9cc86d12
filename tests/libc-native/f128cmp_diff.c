/*
 * The long double comparison builtins (libc/src/builtins: int-returning
 * __lttf2 and friends, which wasm64 programs call for every binary128
 * comparison) against the host compiler's own comparisons of x86_64
 * __float128, the same format: random bit patterns (NaNs with any
 * payload, infinities, both zeros, subnormals) and values close to each
 * other.  Prints "f128 compare: N cases compared, M mismatches".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "w64.h"

static unsigned long cases, mismatches;
static __float128 from_bits(uint64_t hi, uint64_t lo)
{
	uint64_t w[2] = {lo, hi};
	__float128 x;
	memcpy(&x, w, sizeof x);
	return x;
}

static uint64_t rnd_hi(void)
{
	static const uint64_t specials[] = {
		0, UINT64_C(0x8000000000000000), UINT64_C(0x7fff000000000000),
		UINT64_C(0xffff000000000000), UINT64_C(0x7fff800000000000), UINT64_C(0x3fff000000000000),
	};
	switch (rnd() % 4) {
	case 0: return specials[rnd() % 6];
	case 1: return rnd() & UINT64_C(0x8000ffffffffffff); /* subnormal or zero */
	default: return rnd();
	}
}

static void expect(const char *what, int ok, __float128 a, __float128 b, int got)
{
	cases++;
	if (ok)
		return;
	mismatches++;
	if (mismatches <= 20) {
		uint64_t wa[2], wb[2];
		memcpy(wa, &a, sizeof wa);
		memcpy(wb, &b, sizeof wb);
		printf("MISMATCH %s(0x%016llx%016llx, 0x%016llx%016llx) = %d\n", what,
		       (unsigned long long)wa[1], (unsigned long long)wa[0], (unsigned long long)wb[1],
		       (unsigned long long)wb[0], got);
	}
}

static void check(__float128 a, __float128 b)
{
	int unordered = a != a || b != b;
	int r;

	r = w64___lttf2(a, b);
	expect("__lttf2", (r < 0) == (a < b), a, b, r);
	r = w64___letf2(a, b);
	expect("__letf2", (r <= 0) == (a <= b), a, b, r);
	r = w64___gttf2(a, b);
	expect("__gttf2", (r > 0) == (a > b), a, b, r);
	r = w64___getf2(a, b);
	expect("__getf2", (r >= 0) == (a >= b), a, b, r);
	r = w64___eqtf2(a, b);
	expect("__eqtf2", (r == 0) == (a == b), a, b, r);
	r = w64___netf2(a, b);
	expect("__netf2", (r != 0) == (a != b), a, b, r);
	r = w64___unordtf2(a, b);
	expect("__unordtf2", (r != 0) == unordered, a, b, r);
	r = w64___cmptf2(a, b);
	expect("__cmptf2", unordered ? r == 1 : r == (a < b ? -1 : a > b ? 1 : 0), a, b, r);
}

int main(void)
{
	unsigned long n = diff_setup(200000);

	for (unsigned long i = 0; i < n; i++) {
		uint64_t hi = rnd_hi(), lo = rnd() % 3 == 0 ? 0 : rnd();
		__float128 a = from_bits(hi, lo);
		switch (rnd() % 4) {
		case 0: /* a neighbour: same high word, or the negation */
			check(a, from_bits(hi ^ (rnd() % 2) << 63, lo + (rnd() % 3) - 1));
			break;
		case 1:
			check(a, a);
			break;
		default:
			check(a, from_bits(rnd_hi(), rnd() % 3 == 0 ? 0 : rnd()));
			break;
		}
	}
	printf("f128 compare: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
