#include <dlfcn.h>

#include "w64_dl.h"

/* No handle dlopen gave can exist: any is invalid (non-zero, and a
 * message for dlerror). */
int dlclose(void *handle)
{
	(void)handle;
	__w64_dl_error = W64_DL_UNSUPPORTED;
	return 1;
}
