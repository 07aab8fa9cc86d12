/* rewind under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define rewind w64_rewind_unlocked
#include "../../../src/stdio/rewind.c"
#undef rewind

#include "w64_stdio.h"

W64_LOCKED_STDIO_VOID(rewind, (FILE *f), (f), f)
