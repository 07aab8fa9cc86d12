/* vfprintf under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#include <stdarg.h>

#define vfprintf w64_vfprintf_unlocked
#include "../../../src/stdio/vfprintf.c"
#undef vfprintf

#include "w64_stdio.h"

W64_LOCKED_STDIO(vfprintf, int, (FILE *restrict f, const char *restrict fmt, va_list ap), (f, fmt, ap), f)
