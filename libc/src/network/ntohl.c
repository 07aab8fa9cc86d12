#include <netinet/in.h>
#include <stdint.h>

/* Network order is big-endian; wasm is little-endian. */
uint32_t ntohl(uint32_t v)
{
	return __builtin_bswap32(v);
}
