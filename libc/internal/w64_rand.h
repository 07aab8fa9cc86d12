#ifndef W64_RAND_H
#define W64_RAND_H

#include <stdint.h>

/* rand()'s state, shared with srand(). */
__attribute__((visibility("hidden"))) extern uint64_t __w64_rand_state;


/*
 * The rand48 family: one 48-bit linear congruential generator
 * X' = (a X + c) mod 2^48, with the multiplier and increment shared by
 * every function (lcong48 changes them; srand48 and seed48 restore
 * a = 0x5deece66d, c = 0xb).  __w64_rand48_x is drand48's own X, as
 * three 16-bit words, least significant first (the layout of the
 * xsubi arrays the e/n/jrand48 forms take).
 */
struct w64_rand48 {
	unsigned short x[3];
	uint64_t a;
	unsigned short c;
};
__attribute__((visibility("hidden"))) extern struct w64_rand48 __w64_rand48;
/* Advances xsubi by one step; returns the new X. */
__attribute__((visibility("hidden"))) uint64_t __w64_rand48_step(unsigned short xsubi[3]);

/*
 * random(): glibc's additive feedback generator.  deg words of state r
 * (deg 0: a plain LCG instead), and r[f] += r[r_] with the two indices
 * sep apart moving round the table; the output drops the sum's low bit.
 * The words live in the buffer that initstate was given (the static
 * table by default): word 0 records the type and where the back index
 * was, so that setstate can pick the generator up again.
 */
struct w64_random {
	unsigned char *state; /* word 1 of the buffer on; word 0 is the record */
	int type, deg, sep;
	int front, rear;
};
__attribute__((visibility("hidden"))) extern struct w64_random __w64_random;
__attribute__((visibility("hidden"))) void __w64_random_seed(unsigned seed);
__attribute__((visibility("hidden"))) void __w64_random_ready(void);
/* Writes the record word of the current buffer (before switching away). */
__attribute__((visibility("hidden"))) void __w64_random_save(void);
/* Takes up the generator in buf (its record word says how); 0 or -1. */
__attribute__((visibility("hidden"))) int __w64_random_use(char *buf);

#endif
