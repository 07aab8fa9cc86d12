/* fread under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define fread w64_fread_unlocked
#include "../../../src/stdio/fread.c"
#undef fread

#include "w64_stdio.h"

W64_LOCKED_STDIO(fread, size_t, (void *restrict p, size_t size, size_t n, FILE *restrict f), (p, size, n, f), f)
