#include <stdlib.h>

#include "w64_tmp.h"

/* A new directory (mode 0700, as far as WASI has modes); the template
 * with its name, or NULL. */
char *mkdtemp(char *template)
{
	return __w64_mktemp(template, 0, -1) == 0 ? template : NULL;
}
