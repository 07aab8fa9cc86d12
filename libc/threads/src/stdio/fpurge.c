/* fpurge under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define fpurge w64_fpurge_unlocked
#include "../../../src/stdio/fpurge.c"
#undef fpurge

#include "w64_stdio.h"

W64_LOCKED_STDIO(fpurge, int, (FILE *f), (f), f)
