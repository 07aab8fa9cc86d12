#include <stdio.h>

FILE *tmpfile64(void)
{
	return tmpfile();
}
