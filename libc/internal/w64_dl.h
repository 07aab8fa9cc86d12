#ifndef W64_DL_H
#define W64_DL_H

/* The message dlerror() returns next, or NULL (__w64_dl_error.c). */
__attribute__((visibility("hidden"))) extern const char *__w64_dl_error;

#define W64_DL_UNSUPPORTED "dynamic loading is not supported on WASI"

#endif
