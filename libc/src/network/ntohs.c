#include <netinet/in.h>
#include <stdint.h>

/* Network order is big-endian; wasm is little-endian. */
uint16_t ntohs(uint16_t v)
{
	return __builtin_bswap16(v);
}
