/* puts under the stream's lock (libc/threads/src/stdio/__w64_file_lock.c). */
#define puts w64_puts_unlocked
#include "../../../src/stdio/puts.c"
#undef puts

#include "w64_stdio.h"

W64_LOCKED_STDIO(puts, int, (const char *s), (s), stdout)
