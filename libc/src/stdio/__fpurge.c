#include <stdio.h>
#include <stdio_ext.h>

void __fpurge(FILE *f)
{
	fpurge(f);
}
