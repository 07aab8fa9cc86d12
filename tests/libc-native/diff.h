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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/*
 * For drivers whose libc side opens files: the libc reads its preopens
 * (W64_PREOPENS, libc/native/host.c) in a constructor, before main.
 * Without them, this makes a temporary directory (on tmpfs when there is
 * one), and runs the program again with it preopened under its own path,
 * so that one path names a file for glibc and for the libc; with them, it
 * copies that path into dir.  The caller removes what it put there, and
 * the directory.
 */
static inline void diff_preopen(char **argv, char *dir, size_t size)
{
	const char *spec = getenv("W64_PREOPENS");
	if (spec == NULL) {
		snprintf(dir, size, "%s/w64_diff.XXXXXX", access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
		if (mkdtemp(dir) == NULL) {
			perror("mkdtemp");
			exit(1);
		}
		char env[256];
		snprintf(env, sizeof env, "%s::%s", dir, dir);
		setenv("W64_PREOPENS", env, 1);
		execv("/proc/self/exe", argv);
		perror("execv");
		exit(1);
	}
	snprintf(dir, size, "%.*s", (int)strcspn(spec, ":"), spec);
}

#endif
