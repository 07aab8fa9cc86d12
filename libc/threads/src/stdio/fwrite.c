/* fwrite under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define fwrite w64_fwrite_unlocked
#include "../../../src/stdio/fwrite.c"
#undef fwrite

#include "w64_stdio.h"

W64_LOCKED_STDIO(fwrite, size_t, (const void *restrict p, size_t size, size_t n, FILE *restrict f), (p, size, n, f), f)
