#include <stdio.h>

long ftell(FILE *f)
{
	return ftello(f);
}
