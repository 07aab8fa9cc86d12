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

/* WASI `iovec`: the same layout as ciovec, for buffers the host fills. */
struct __w64_iovec {
	void *buf;
	size_t buf_len;
};

/* WASI `filestat` (64 bytes, the same in both widths). */
struct __w64_filestat {
	uint64_t dev;
	uint64_t ino;
	uint8_t filetype;
	uint64_t nlink;
	uint64_t size;
	uint64_t atim; /* nanoseconds since the epoch */
	uint64_t mtim;
	uint64_t ctim;
};

/* WASI `prestat` (16 bytes on wasm64: the name length is a `size`). */
struct __w64_prestat {
	uint8_t tag; /* 0: a directory */
	size_t name_len;
};

/* The header of each `dirent` record fd_readdir writes; the name follows
 * (d_namlen bytes, no NUL) and the records are packed, unaligned. */
#define W64_DIRENT_SIZE 24
#define W64_DIRENT_NEXT 0   /* u64 cookie of the next entry */
#define W64_DIRENT_INO 8    /* u64 */
#define W64_DIRENT_NAMLEN 16 /* u32 */
#define W64_DIRENT_TYPE 20  /* u8 filetype */

/* WASI `subscription` (48 bytes) for a clock, and `event` (32 bytes). */
struct __w64_subscription_clock {
	uint64_t userdata;
	uint8_t tag; /* 0: clock */
	uint32_t id __attribute__((aligned(8)));
	uint64_t timeout;
	uint64_t precision;
	uint16_t flags;
};

struct __w64_event {
	uint64_t userdata;
	uint16_t error;
	uint8_t type;
	uint64_t nbytes;
	uint16_t flags;
};

/* WASI `filetype` values. */
#define W64_FILETYPE_UNKNOWN 0
#define W64_FILETYPE_BLOCK_DEVICE 1
#define W64_FILETYPE_CHARACTER_DEVICE 2
#define W64_FILETYPE_DIRECTORY 3
#define W64_FILETYPE_REGULAR_FILE 4
#define W64_FILETYPE_SOCKET_DGRAM 5
#define W64_FILETYPE_SOCKET_STREAM 6
#define W64_FILETYPE_SYMBOLIC_LINK 7

/* WASI `whence`. */
#define W64_WHENCE_SET 0
#define W64_WHENCE_CUR 1
#define W64_WHENCE_END 2

/* WASI `lookupflags` and `oflags`. */
#define W64_LOOKUP_SYMLINK_FOLLOW 0x1
#define W64_OFLAGS_CREAT 0x1
#define W64_OFLAGS_DIRECTORY 0x2
#define W64_OFLAGS_EXCL 0x4
#define W64_OFLAGS_TRUNC 0x8

/* WASI `rights`: the bits the libc asks for by name. */
#define W64_RIGHT_FD_DATASYNC (UINT64_C(1) << 0)
#define W64_RIGHT_FD_READ (UINT64_C(1) << 1)
#define W64_RIGHT_FD_SEEK (UINT64_C(1) << 2)
#define W64_RIGHT_FD_WRITE (UINT64_C(1) << 6)
#define W64_RIGHT_FD_ALLOCATE (UINT64_C(1) << 8)
#define W64_RIGHT_FD_READDIR (UINT64_C(1) << 14)
#define W64_RIGHT_FD_FILESTAT_SET_SIZE (UINT64_C(1) << 22)
#define W64_RIGHTS_ALL ((UINT64_C(1) << 30) - 1)

/* WASI `clockid`. */
#define W64_CLOCK_REALTIME 0
#define W64_CLOCK_MONOTONIC 1
#define W64_CLOCK_PROCESS_CPUTIME 2
#define W64_CLOCK_THREAD_CPUTIME 3

#define W64_HIDDEN __attribute__((visibility("hidden")))

W64_HIDDEN int __w64_host_fd_write(int fd, const struct __w64_ciovec *iovs,
				   size_t iovs_len, size_t *nwritten);
W64_HIDDEN __attribute__((noreturn)) void __w64_host_proc_exit(int status);
W64_HIDDEN int __w64_host_args_sizes_get(size_t *argc, size_t *argv_buf_size);
W64_HIDDEN int __w64_host_args_get(char **argv, char *argv_buf);
W64_HIDDEN int __w64_host_environ_sizes_get(size_t *count, size_t *buf_size);
W64_HIDDEN int __w64_host_environ_get(char **environ, char *environ_buf);
W64_HIDDEN int __w64_host_fd_fdstat_get(int fd, struct __w64_fdstat *st);
W64_HIDDEN int __w64_host_fd_fdstat_set_flags(int fd, unsigned flags);
W64_HIDDEN int __w64_host_fd_read(int fd, const struct __w64_iovec *iovs, size_t iovs_len,
				  size_t *nread);
W64_HIDDEN int __w64_host_fd_pread(int fd, const struct __w64_iovec *iovs, size_t iovs_len,
				   uint64_t offset, size_t *nread);
W64_HIDDEN int __w64_host_fd_pwrite(int fd, const struct __w64_ciovec *iovs, size_t iovs_len,
				    uint64_t offset, size_t *nwritten);
W64_HIDDEN int __w64_host_fd_seek(int fd, int64_t offset, int whence, uint64_t *newoffset);
W64_HIDDEN int __w64_host_fd_close(int fd);
/* `from` takes the number `to` (which must be open: it is closed). */
W64_HIDDEN int __w64_host_fd_renumber(int from, int to);
W64_HIDDEN int __w64_host_fd_sync(int fd);
W64_HIDDEN int __w64_host_fd_filestat_get(int fd, struct __w64_filestat *st);
W64_HIDDEN int __w64_host_fd_filestat_set_size(int fd, uint64_t size);
W64_HIDDEN int __w64_host_fd_prestat_get(int fd, struct __w64_prestat *ps);
W64_HIDDEN int __w64_host_fd_prestat_dir_name(int fd, char *buf, size_t len);
W64_HIDDEN int __w64_host_fd_readdir(int fd, void *buf, size_t len, uint64_t cookie,
				     size_t *used);
W64_HIDDEN int __w64_host_path_open(int dirfd, unsigned lookupflags, const char *path,
				    size_t path_len, unsigned oflags, uint64_t rights_base,
				    uint64_t rights_inheriting, unsigned fdflags, int *fd);
W64_HIDDEN int __w64_host_path_filestat_get(int dirfd, unsigned lookupflags, const char *path,
					    size_t path_len, struct __w64_filestat *st);
W64_HIDDEN int __w64_host_path_create_directory(int dirfd, const char *path, size_t path_len);
W64_HIDDEN int __w64_host_path_remove_directory(int dirfd, const char *path, size_t path_len);
W64_HIDDEN int __w64_host_path_unlink_file(int dirfd, const char *path, size_t path_len);
W64_HIDDEN int __w64_host_path_rename(int dirfd, const char *path, size_t path_len, int new_dirfd,
				      const char *new_path, size_t new_path_len);
W64_HIDDEN int __w64_host_path_readlink(int dirfd, const char *path, size_t path_len, char *buf,
					size_t buf_len, size_t *used);
W64_HIDDEN int __w64_host_path_symlink(const char *target, size_t target_len, int dirfd,
				       const char *path, size_t path_len);
W64_HIDDEN int __w64_host_clock_time_get(unsigned id, uint64_t precision, uint64_t *time);
W64_HIDDEN int __w64_host_clock_res_get(unsigned id, uint64_t *res);
W64_HIDDEN int __w64_host_poll_oneoff(const void *in, void *out, size_t nsubscriptions,
				      size_t *nevents);
W64_HIDDEN int __w64_host_random_get(void *buf, size_t len);

#undef W64_HIDDEN

#endif
