/* fgetws under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#include <wchar.h>

#define fgetws w64_fgetws_unlocked
#include "../../../src/stdio/fgetws.c"
#undef fgetws

#include "w64_stdio.h"

W64_LOCKED_STDIO(fgetws, wchar_t *, (wchar_t *restrict s, int n, FILE *restrict f), (s, n, f), f)
