/* fgetwc under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#include <wchar.h>

#define fgetwc w64_fgetwc_unlocked
#include "../../../src/stdio/fgetwc.c"
#undef fgetwc

#include "w64_stdio.h"

W64_LOCKED_STDIO(fgetwc, wint_t, (FILE *f), (f), f)
