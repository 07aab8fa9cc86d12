#include <stdio.h>

#include "w64_stdio.h"

/* 0 when the caller now holds the stream, nonzero when another does. */
int ftrylockfile(FILE *f)
{
	return __w64_file_trylock(f) != 0;
}
