#include <dlfcn.h>
#include <stddef.h>

#include "w64_dl.h"

/* The last error, once: a second call returns NULL (POSIX). */
char *dlerror(void)
{
	const char *msg = __w64_dl_error;
	__w64_dl_error = NULL;
	return (char *)msg;
}
