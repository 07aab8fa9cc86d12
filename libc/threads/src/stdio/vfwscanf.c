/* vfwscanf under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#include <stdarg.h>
#include <wchar.h>

#define vfwscanf w64_vfwscanf_unlocked
#include "../../../src/stdio/vfwscanf.c"
#undef vfwscanf

#include "w64_stdio.h"

W64_LOCKED_STDIO(vfwscanf, int, (FILE *restrict f, const wchar_t *restrict fmt, va_list ap), (f, fmt, ap), f)
