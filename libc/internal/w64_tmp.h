#ifndef W64_TMP_H
#define W64_TMP_H

#include <stddef.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* Replaces the n characters at p with random letters and digits. */
W64_HIDDEN void __w64_random_name(char *p, size_t n);

/*
 * The directory temporary files go to (docs/libc.md): the first of
 * $TMPDIR, `dir` (tempnam's argument; may be NULL) and "/tmp" that is a
 * directory the program reaches, else the current directory ("."); the
 * string is not a copy.
 */
W64_HIDDEN const char *__w64_tmp_dir(const char *dir);

/*
 * mkstemp and its kin: replaces the six X before the last `suffix`
 * characters of `template` with random characters until `make` succeeds
 * with a name that was not taken.  `make` creates the file (open flags
 * `flags`) or, for flags -1, the directory.  Returns the descriptor, 0
 * for a directory, or -1 with errno (EINVAL when the template does not
 * end in XXXXXX and the suffix; the template then is unchanged).
 */
W64_HIDDEN int __w64_mktemp(char *template, size_t suffix, int flags);

#undef W64_HIDDEN

#endif
