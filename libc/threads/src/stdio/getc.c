/* getc under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define getc w64_getc_unlocked
#include "../../../src/stdio/getc.c"
#undef getc

#include "w64_stdio.h"

W64_LOCKED_STDIO(getc, int, (FILE *f), (f), f)
