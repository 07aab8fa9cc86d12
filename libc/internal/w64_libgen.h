#ifndef W64_LIBGEN_H
#define W64_LIBGEN_H

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* The POSIX basename (basename and __xpg_basename are both it). */
W64_HIDDEN char *__w64_basename(char *path);

#undef W64_HIDDEN

#endif
