/* fgetln under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define fgetln w64_fgetln_unlocked
#include "../../../src/stdio/fgetln.c"
#undef fgetln

#include "w64_stdio.h"

W64_LOCKED_STDIO(fgetln, char *, (FILE *f, size_t *len), (f, len), f)
