#include <stdint.h>

#include "w64_host.h"
#include "w64_tmp.h"

void __w64_random_name(char *p, size_t n)
{
	static const char set[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	static uint64_t state = 0x9e3779b97f4a7c15u;
	unsigned char bytes[16];

	/* Random bytes from the host; a generator of our own should the host
	 * have none to give (it still keeps successive names apart). */
	int have = n <= sizeof bytes && __w64_host_random_get(bytes, n) == 0;
	for (size_t i = 0; i < n; i++) {
		state = state * 6364136223846793005u + 1442695040888963407u;
		unsigned v = have ? bytes[i] : (unsigned)(state >> 56);
		p[i] = set[v % (sizeof set - 1)];
	}
}
