#include <stdlib.h>

#include "w64_tmp.h"

int mkstemp(char *template)
{
	return __w64_mktemp(template, 0, 0);
}
