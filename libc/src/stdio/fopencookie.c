#include <stdio.h>

#include "w64_stdio.h"

/*
 * glibc's semantics: a missing read function makes reads fail, a missing
 * write function makes writes fail (glibc's manual says they are thrown
 * away; glibc fails them), a missing seek function makes seeks fail with
 * ESPIPE, a missing close function is nothing to call.
 */
FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t funcs)
{
	unsigned file_flags;
	if (__w64_fopen_flags(mode, &file_flags) < 0)
		return NULL;
	struct __w64_file_io io = {funcs.read, funcs.write, funcs.seek, funcs.close, NULL};
	return __w64_file_new_cookie(cookie, &io, file_flags);
}
