#include <arpa/nameser.h>

void ns_put32(unsigned long v, unsigned char *dst)
{
	dst[0] = (unsigned char)(v >> 24);
	dst[1] = (unsigned char)(v >> 16);
	dst[2] = (unsigned char)(v >> 8);
	dst[3] = (unsigned char)v;
}
