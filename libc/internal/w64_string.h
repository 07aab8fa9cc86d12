#ifndef W64_STRING_H
#define W64_STRING_H

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* The message for an errno value (a WASI errno), or NULL for one that
 * has none. */
W64_HIDDEN const char *__w64_errmsg(int err);

/* Writes "Unknown error N" (with its NUL) to buf and returns buf. */
#define W64_UNKNOWN_ERRMSG_SIZE 32
W64_HIDDEN char *__w64_unknown_errmsg(char buf[W64_UNKNOWN_ERRMSG_SIZE], int err);

#undef W64_HIDDEN

#endif
