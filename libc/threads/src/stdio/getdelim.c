/* getdelim under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define getdelim w64_getdelim_unlocked
#include "../../../src/stdio/getdelim.c"
#undef getdelim

#include "w64_stdio.h"

W64_LOCKED_STDIO(getdelim, ssize_t, (char **restrict line, size_t *restrict cap, int delim, FILE *restrict f), (line, cap, delim, f), f)
