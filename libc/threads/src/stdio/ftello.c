/* ftello under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define ftello w64_ftello_unlocked
#include "../../../src/stdio/ftello.c"
#undef ftello

#include "w64_stdio.h"

W64_LOCKED_STDIO(ftello, off_t, (FILE *f), (f), f)
