#include <dlfcn.h>
#include <stddef.h>

#include "w64_dl.h"

/* No handle can exist, and the program's own symbols cannot be looked up
 * by name (a wasm module keeps no such table). */
void *dlsym(void *restrict handle, const char *restrict name)
{
	(void)handle;
	(void)name;
	__w64_dl_error = W64_DL_UNSUPPORTED;
	return NULL;
}
