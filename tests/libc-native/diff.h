/*
 * What every differential driver shares: the random source and its
 * settings from the environment,
 *
 *   W64_DIFF_CASES   how many cases (each driver has its default)
 *   W64_DIFF_SEED    which ones (default 1)
 *
 * The generator is splitmix64: the same seed draws the same cases on any
 * machine, so a mismatch a run reports can be replayed.
 */
#ifndef W64_DIFF_H
#define W64_DIFF_H

#include <stdint.h>
#include <stdlib.h>

static uint64_t rng_state;

static inline uint64_t rnd(void)
{
	uint64_t z = (rng_state += UINT64_C(0x9e3779b97f4a7c15));
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static inline unsigned rnd_below(unsigned n)
{
	return (unsigned)(rnd() % n);
}

/* Seeds the generator; returns the number of cases to run. */
static inline unsigned long diff_setup(unsigned long default_cases)
{
	const char *env = getenv("W64_DIFF_CASES");
	unsigned long n = env ? strtoul(env, NULL, 10) : default_cases;
	env = getenv("W64_DIFF_SEED");
	rng_state = env ? strtoull(env, NULL, 10) : 1;
	return n;
}

#endif
