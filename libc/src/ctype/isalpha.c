#include <ctype.h>

/* Setting bit 0x20 maps 'A'-'Z' onto 'a'-'z' and no other byte into it. */
int isalpha(int c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}
