#include <ctype.h>

/* The low seven bits, as XSI defines it. */
int toascii(int c)
{
	return c & 0x7f;
}
