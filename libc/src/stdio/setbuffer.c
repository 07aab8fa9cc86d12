#include <stdio.h>

void setbuffer(FILE *restrict f, char *restrict buf, size_t size)
{
	setvbuf(f, buf, buf != NULL ? _IOFBF : _IONBF, size);
}
