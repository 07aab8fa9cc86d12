/* getchar under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define getchar w64_getchar_unlocked
#include "../../../src/stdio/getchar.c"
#undef getchar

#include "w64_stdio.h"

W64_LOCKED_STDIO(getchar, int, (void), (), stdin)
