#include <stdio.h>

#include "w64_stdio.h"

void flockfile(FILE *f)
{
	__w64_file_lock(f);
}
