/* fgets under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define fgets w64_fgets_unlocked
#include "../../../src/stdio/fgets.c"
#undef fgets

#include "w64_stdio.h"

W64_LOCKED_STDIO(fgets, char *, (char *restrict s, int n, FILE *restrict f), (s, n, f), f)
