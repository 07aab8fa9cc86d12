#include <stdio.h>

#include "w64_stdio.h"

void funlockfile(FILE *f)
{
	__w64_file_unlock(f);
}
