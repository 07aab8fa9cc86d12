#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_rand.h"

/*
 * Makes buf (n bytes, at least 8) random's state and seeds it; returns
 * the previous state, for setstate.  The size picks the generator, as in
 * glibc: under 32 bytes a plain LCG, then 7, 15, 31 or 63 words of
 * additive feedback (32, 64, 128, 256 bytes and more).
 */
char *initstate(unsigned seed, char *buf, size_t n)
{
	if (n < 8) {
		__w64_set_errno(EINVAL);
		return NULL;
	}
	__w64_random_ready();
	__w64_random_save();
	char *old = (char *)__w64_random.state - 4;
	int type = n < 32 ? 0 : n < 64 ? 1 : n < 128 ? 2 : n < 256 ? 3 : 4;
	int32_t rec = type; /* rear 0 */
	memcpy(buf, &rec, sizeof rec);
	__w64_random_use(buf);
	__w64_random_seed(seed);
	__w64_random_save();
	return old;
}
