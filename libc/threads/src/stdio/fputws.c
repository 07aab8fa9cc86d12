/* fputws under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#include <wchar.h>

#define fputws w64_fputws_unlocked
#include "../../../src/stdio/fputws.c"
#undef fputws

#include "w64_stdio.h"

W64_LOCKED_STDIO(fputws, int, (const wchar_t *restrict s, FILE *restrict f), (s, f), f)
