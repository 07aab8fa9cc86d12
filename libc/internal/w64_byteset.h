/* A set of bytes as a 256-bit map, for strspn and friends: building it
 * costs one pass over the set, then each test is one shift. */
#ifndef W64_BYTESET_H
#define W64_BYTESET_H

#include <stdint.h>

struct w64_byteset {
	uint64_t bits[4];
};

/* The bytes of the NUL-terminated `chars` (never the NUL itself). */
static inline void w64_byteset_init(struct w64_byteset *set, const char *chars)
{
	const unsigned char *p = (const unsigned char *)chars;

	set->bits[0] = set->bits[1] = set->bits[2] = set->bits[3] = 0;
	for (; *p != '\0'; p++)
		set->bits[*p >> 6] |= UINT64_C(1) << (*p & 63);
}

static inline int w64_byteset_has(const struct w64_byteset *set, unsigned char c)
{
	return (set->bits[c >> 6] >> (c & 63)) & 1;
}

#endif
