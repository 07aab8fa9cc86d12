/* fputwc under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#include <wchar.h>

#define fputwc w64_fputwc_unlocked
#include "../../../src/stdio/fputwc.c"
#undef fputwc

#include "w64_stdio.h"

W64_LOCKED_STDIO(fputwc, wint_t, (wchar_t c, FILE *f), (c, f), f)
