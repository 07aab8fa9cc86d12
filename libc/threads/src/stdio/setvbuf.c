/* setvbuf under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define setvbuf w64_setvbuf_unlocked
#include "../../../src/stdio/setvbuf.c"
#undef setvbuf

#include "w64_stdio.h"

W64_LOCKED_STDIO(setvbuf, int, (FILE *restrict f, char *restrict buf, int mode, size_t size), (f, buf, mode, size), f)
