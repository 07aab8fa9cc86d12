/* fseeko under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define fseeko w64_fseeko_unlocked
#include "../../../src/stdio/fseeko.c"
#undef fseeko

#include "w64_stdio.h"

W64_LOCKED_STDIO(fseeko, int, (FILE *f, off_t offset, int whence), (f, offset, whence), f)
