/*
 * errno for the single-threaded sysroot: a plain global, so every access
 * stays one load or store.  C requires errno to be a macro, hence the
 * self-definition.  The wasip1-threads sysroot has its own copy of this
 * file, where errno is thread-local (same source-level name).
 */
#ifndef _BITS_ERRNO_DECL_H
#define _BITS_ERRNO_DECL_H

#ifdef __cplusplus
extern "C" {
#endif

extern int errno;
#define errno errno

#ifdef __cplusplus
}
#endif

#endif
