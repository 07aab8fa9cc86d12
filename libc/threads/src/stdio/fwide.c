/* fwide under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#include <wchar.h>

#define fwide w64_fwide_unlocked
#include "../../../src/stdio/fwide.c"
#undef fwide

#include "w64_stdio.h"

W64_LOCKED_STDIO(fwide, int, (FILE *f, int mode), (f, mode), f)
