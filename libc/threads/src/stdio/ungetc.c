/* ungetc under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define ungetc w64_ungetc_unlocked
#include "../../../src/stdio/ungetc.c"
#undef ungetc

#include "w64_stdio.h"

W64_LOCKED_STDIO(ungetc, int, (int c, FILE *f), (c, f), f)
