/*
 * The bottom half's interface: one hidden wrapper per WASI preview 1 import
 * (libc/host/<import>.c holds the import and the wrapper).  Each returns the
 * host's WASI errno, 0 on success; the caller decides whether it becomes
 * errno.  Pointers and sizes are native width: on wasm64 that is the 64-bit
 * host ABI of docs/host-abi.md.  A native build of the top half can link a
 * POSIX-backed stand-in for these functions.
 */
#ifndef W64_HOST_H
#define W64_HOST_H

#include <stddef.h>

/* WASI `ciovec`: 16 bytes on wasm64 ({u64 buf; u64 buf_len}). */
struct __w64_ciovec {
	const void *buf;
	size_t buf_len;
};

#define W64_HIDDEN __attribute__((visibility("hidden")))

W64_HIDDEN int __w64_host_fd_write(int fd, const struct __w64_ciovec *iovs,
				   size_t iovs_len, size_t *nwritten);
W64_HIDDEN __attribute__((noreturn)) void __w64_host_proc_exit(int status);
W64_HIDDEN int __w64_host_args_sizes_get(size_t *argc, size_t *argv_buf_size);
W64_HIDDEN int __w64_host_args_get(char **argv, char *argv_buf);

#undef W64_HIDDEN

#endif
