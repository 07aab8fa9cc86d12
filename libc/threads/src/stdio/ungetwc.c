/* ungetwc under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#include <wchar.h>

#define ungetwc w64_ungetwc_unlocked
#include "../../../src/stdio/ungetwc.c"
#undef ungetwc

#include "w64_stdio.h"

W64_LOCKED_STDIO(ungetwc, wint_t, (wint_t c, FILE *f), (c, f), f)
