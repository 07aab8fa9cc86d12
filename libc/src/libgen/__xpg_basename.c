#include <libgen.h>

#include "w64_libgen.h"

char *__xpg_basename(char *path)
{
	return __w64_basename(path);
}
