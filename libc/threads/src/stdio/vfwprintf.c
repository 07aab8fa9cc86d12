/* vfwprintf under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#include <stdarg.h>
#include <wchar.h>

#define vfwprintf w64_vfwprintf_unlocked
#include "../../../src/stdio/vfwprintf.c"
#undef vfwprintf

#include "w64_stdio.h"

W64_LOCKED_STDIO(vfwprintf, int, (FILE *restrict f, const wchar_t *restrict fmt, va_list ap), (f, fmt, ap), f)
