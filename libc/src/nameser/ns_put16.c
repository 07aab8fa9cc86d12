#include <arpa/nameser.h>

void ns_put16(unsigned v, unsigned char *dst)
{
	dst[0] = (unsigned char)(v >> 8);
	dst[1] = (unsigned char)v;
}
