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
#include <stdint.h>

/* WASI `ciovec`: 16 bytes on wasm64 ({u64 buf; u64 buf_len}). */
struct __w64_ciovec {
	const void *buf;
	size_t buf_len;
};

/* WASI `fdstat` (24 bytes, the same in both widths). */
struct __w64_fdstat {
	uint8_t fs_filetype;
	uint16_t fs_flags;
	uint64_t fs_rights_base;
	uint64_t fs_rights_inheriting;
};

/* WASI `filetype` values. */
#define W64_FILETYPE_UNKNOWN 0
#define W64_FILETYPE_CHARACTER_DEVICE 2

#define W64_HIDDEN __attribute__((visibility("hidden")))

W64_HIDDEN int __w64_host_fd_write(int fd, const struct __w64_ciovec *iovs,
				   size_t iovs_len, size_t *nwritten);
W64_HIDDEN __attribute__((noreturn)) void __w64_host_proc_exit(int status);
W64_HIDDEN int __w64_host_args_sizes_get(size_t *argc, size_t *argv_buf_size);
W64_HIDDEN int __w64_host_args_get(char **argv, char *argv_buf);
W64_HIDDEN int __w64_host_environ_sizes_get(size_t *count, size_t *buf_size);
W64_HIDDEN int __w64_host_environ_get(char **environ, char *environ_buf);
W64_HIDDEN int __w64_host_fd_fdstat_get(int fd, struct __w64_fdstat *st);

#undef W64_HIDDEN

#endif
