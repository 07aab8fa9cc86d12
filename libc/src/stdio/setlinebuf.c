#include <stdio.h>

void setlinebuf(FILE *f)
{
	setvbuf(f, NULL, _IOLBF, 0);
}
