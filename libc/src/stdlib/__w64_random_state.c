#include <stdint.h>
#include <string.h>

#include "w64_rand.h"

/* The record word before the state: 0 for the plain LCG, else
 * 5 * rear + type (glibc's encoding, so a buffer saved by either libc
 * describes the same generator). */
#define TYPES 5

static const struct {
	int deg, sep;
} shapes[TYPES] = {{0, 0}, {7, 3}, {15, 1}, {31, 3}, {63, 1}};

void __w64_random_save(void)
{
	struct w64_random *g = &__w64_random;
	int32_t rec = g->type == 0 ? 0 : g->rear * TYPES + g->type;
	memcpy(g->state - 4, &rec, sizeof rec);
}

int __w64_random_use(char *buf)
{
	struct w64_random *g = &__w64_random;
	int32_t rec;
	memcpy(&rec, buf, sizeof rec);
	int type = rec % TYPES, rear = rec / TYPES;
	if (rec < 0 || (type != 0 && rear >= shapes[type].deg))
		return -1;
	g->state = (unsigned char *)buf + 4;
	g->type = type;
	g->deg = shapes[type].deg;
	g->sep = shapes[type].sep;
	g->rear = rear;
	g->front = type == 0 ? 0 : (rear + g->sep) % g->deg;
	return 0;
}
