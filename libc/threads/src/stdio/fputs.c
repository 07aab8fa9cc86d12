/* fputs under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define fputs w64_fputs_unlocked
#include "../../../src/stdio/fputs.c"
#undef fputs

#include "w64_stdio.h"

W64_LOCKED_STDIO(fputs, int, (const char *restrict s, FILE *restrict f), (s, f), f)
