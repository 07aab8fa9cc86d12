/* vfscanf under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#include <stdarg.h>

#define vfscanf w64_vfscanf_unlocked
#include "../../../src/stdio/vfscanf.c"
#undef vfscanf

#include "w64_stdio.h"

W64_LOCKED_STDIO(vfscanf, int, (FILE *restrict f, const char *restrict fmt, va_list ap), (f, fmt, ap), f)
