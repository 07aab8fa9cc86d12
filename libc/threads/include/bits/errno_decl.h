/*
 * errno for the wasip1-threads sysroot: one per thread, in the linker's
 * thread-local storage (each thread's block is set up by
 * __wasm_init_tls before the thread runs any C code).  `__thread` rather
 * than _Thread_local so that C++ reads the same declaration.
 */
#ifndef _BITS_ERRNO_DECL_H
#define _BITS_ERRNO_DECL_H

#ifdef __cplusplus
extern "C" {
#endif

extern __thread int errno;
#define errno errno

#ifdef __cplusplus
}
#endif

#endif
