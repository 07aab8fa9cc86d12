/* fputc under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define fputc w64_fputc_unlocked
#include "../../../src/stdio/fputc.c"
#undef fputc

#include "w64_stdio.h"

W64_LOCKED_STDIO(fputc, int, (int c, FILE *f), (c, f), f)
