/* fgetc under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define fgetc w64_fgetc_unlocked
#include "../../../src/stdio/fgetc.c"
#undef fgetc

#include "w64_stdio.h"

W64_LOCKED_STDIO(fgetc, int, (FILE *f), (f), f)
