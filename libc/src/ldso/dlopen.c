#include <dlfcn.h>
#include <stddef.h>

#include "w64_dl.h"

/* A WASI module is linked whole: there is nothing to load. */
void *dlopen(const char *file, int mode)
{
	(void)file;
	(void)mode;
	__w64_dl_error = W64_DL_UNSUPPORTED;
	return NULL;
}
