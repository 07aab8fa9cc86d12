#include <stdio.h>

#include "w64_stdio.h"

int fileno(FILE *f)
{
	return f->fd;
}
