#ifndef W64_TMP_H
#define W64_TMP_H

#include <stddef.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* Replaces the n characters at p with random letters and digits. */
W64_HIDDEN void __w64_random_name(char *p, size_t n);

/*
 * The directories temporary files go to, in the order tried: $TMPDIR,
 * "/tmp", then the current directory ("."), each only when the program
 * can reach it.  Returns the i-th candidate (whether or not it exists), or
 * NULL past the last.
 */
W64_HIDDEN const char *__w64_tmp_dir(int i);

#undef W64_HIDDEN

#endif
