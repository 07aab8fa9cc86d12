#include <libgen.h>

#include "w64_libgen.h"

char *basename(char *path)
{
	return __w64_basename(path);
}
