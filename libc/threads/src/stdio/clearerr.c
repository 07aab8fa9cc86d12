/* clearerr under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define clearerr w64_clearerr_unlocked
#include "../../../src/stdio/clearerr.c"
#undef clearerr

#include "w64_stdio.h"

W64_LOCKED_STDIO_VOID(clearerr, (FILE *f), (f), f)
