#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "w64_rand.h"

/* The default table: 31 words of state after the record word, as
 * initstate(1, table, 128) leaves it; seeded on first use. */
static int32_t default_table[32];

struct w64_random __w64_random = {(unsigned char *)(default_table + 1), 3, 31, 3, 3, 0};

static int seeded;

/* The default table is seeded (with 1, as C's rand is) on first use:
 * by random, or before initstate or setstate hand it back. */
void __w64_random_ready(void)
{
	if (!seeded)
		__w64_random_seed(1);
}

/* The words go through memcpy: initstate's buffer is a char array that
 * need not be aligned. */
static int32_t get(int i)
{
	int32_t w;
	memcpy(&w, __w64_random.state + 4 * i, sizeof w);
	return w;
}

static void put(int i, int32_t w)
{
	memcpy(__w64_random.state + 4 * i, &w, sizeof w);
}

void __w64_random_seed(unsigned seed)
{
	struct w64_random *g = &__w64_random;
	if (seed == 0)
		seed = 1;
	put(0, (int32_t)seed);
	seeded = 1;
	if (g->type == 0)
		return;
	/* r[i] = 16807 r[i-1] mod (2^31 - 1), by Schrage's method on the
	 * seed taken as a signed 32-bit number (as glibc does). */
	int32_t w = (int32_t)seed;
	for (int i = 1; i < g->deg; i++) {
		int64_t hi = w / 127773, lo = w % 127773;
		int64_t next = 16807 * lo - 2836 * hi;
		if (next < 0)
			next += 2147483647;
		w = (int32_t)next;
		put(i, w);
	}
	g->front = g->sep;
	g->rear = 0;
	for (int i = 0; i < 10 * g->deg; i++)
		random();
}

long random(void)
{
	struct w64_random *g = &__w64_random;
	__w64_random_ready();
	if (g->type == 0) {
		uint32_t x = ((uint32_t)get(0) * 1103515245u + 12345u) & 0x7fffffff;
		put(0, (int32_t)x);
		return (long)x;
	}
	uint32_t sum = (uint32_t)get(g->front) + (uint32_t)get(g->rear);
	put(g->front, (int32_t)sum);
	if (++g->front >= g->deg) {
		g->front = 0;
		g->rear++;
	} else if (++g->rear >= g->deg) {
		g->rear = 0;
	}
	return (long)(sum >> 1);
}
