/*
 * WASI preview 1 imports and tiny freestanding helpers for the runtime's
 * WASI tests.  The same declarations serve both widths: pointers and
 * size_t are 4 bytes on wasm32 and 8 on wasm64, so compiled for
 * wasm32-wasip1 they give WASI's own (i32) signatures and layouts, and for
 * wasm64 those of the wasm64 host ABI (docs/host-abi.md).  No libc: the
 * wasm32 build has none.
 */
#ifndef WASI_API_H
#define WASI_API_H

#include <stddef.h>
#include <stdint.h>

#define WASI(name) __attribute__((import_module("wasi_snapshot_preview1"), import_name(#name)))

struct w_iovec {
	void *buf;
	size_t len;
};
struct w_ciovec {
	const void *buf;
	size_t len;
};
struct w_prestat {
	uint8_t tag;
	size_t name_len;
};
struct w_fdstat {
	uint8_t filetype;
	uint16_t flags;
	uint64_t rights_base, rights_inheriting;
};
struct w_filestat {
	uint64_t dev, ino;
	uint8_t filetype;
	uint64_t nlink, size, atim, mtim, ctim;
};
struct w_dirent {
	uint64_t d_next, d_ino;
	uint32_t d_namlen;
	uint8_t d_type;
};
struct w_subscription {
	uint64_t userdata;
	uint8_t tag;
	union {
		struct {
			uint32_t id;
			uint64_t timeout, precision;
			uint16_t flags;
		} clock;
		struct {
			uint32_t fd;
		} fd;
	} u;
};
struct w_event {
	uint64_t userdata;
	uint16_t error;
	uint8_t type;
	uint64_t nbytes;
	uint16_t flags;
};
_Static_assert(sizeof(struct w_iovec) == 2 * sizeof(void *), "iovec");
_Static_assert(sizeof(struct w_prestat) == 2 * sizeof(size_t), "prestat");
_Static_assert(sizeof(struct w_fdstat) == 24, "fdstat");
_Static_assert(sizeof(struct w_filestat) == 64, "filestat");
_Static_assert(sizeof(struct w_dirent) == 24, "dirent");
_Static_assert(sizeof(struct w_subscription) == 48, "subscription");
_Static_assert(sizeof(struct w_event) == 32, "event");

/* errno values used by the tests */
enum {
	W_EBADF = 8, W_EEXIST = 20, W_EFAULT = 21, W_EINVAL = 28, W_ELOOP = 32,
	W_ENAMETOOLONG = 37, W_ENOENT = 44, W_ENOSYS = 52, W_ENOTDIR = 54, W_ENOTEMPTY = 55,
	W_ENOTCAPABLE = 76,
};
enum { O_CREAT_ = 1, O_DIRECTORY_ = 2, O_EXCL_ = 4, O_TRUNC_ = 8 };
enum { FD_APPEND = 1 };
enum { FOLLOW = 1, NOFOLLOW = 0 };
/* fd_read .. fd_allocate, fd_filestat_*, poll: everything a file takes. */
#define RIGHTS_FILE ((uint64_t)0x1ff | (uint64_t)7 << 21 | (uint64_t)1 << 27)
/* fd_read only: path_open then opens the host file read-only. */
#define RIGHTS_READ ((uint64_t)1 << 1 | (uint64_t)1 << 21)
/* Every right WASI defines. */
#define RIGHTS_ALL (((uint64_t)1 << 30) - 1)

WASI(args_get) int32_t w_args_get(char **argv, char *buf);
WASI(args_sizes_get) int32_t w_args_sizes_get(size_t *argc, size_t *size);
WASI(environ_get) int32_t w_environ_get(char **env, char *buf);
WASI(environ_sizes_get) int32_t w_environ_sizes_get(size_t *count, size_t *size);
WASI(clock_res_get) int32_t w_clock_res_get(uint32_t id, uint64_t *res);
WASI(clock_time_get) int32_t w_clock_time_get(uint32_t id, uint64_t precision, uint64_t *time);
WASI(fd_advise) int32_t w_fd_advise(int32_t fd, uint64_t offset, uint64_t len, uint32_t advice);
WASI(fd_allocate) int32_t w_fd_allocate(int32_t fd, uint64_t offset, uint64_t len);
WASI(fd_close) int32_t w_fd_close(int32_t fd);
WASI(fd_datasync) int32_t w_fd_datasync(int32_t fd);
WASI(fd_fdstat_get) int32_t w_fd_fdstat_get(int32_t fd, struct w_fdstat *st);
WASI(fd_fdstat_set_flags) int32_t w_fd_fdstat_set_flags(int32_t fd, uint32_t flags);
WASI(fd_fdstat_set_rights) int32_t w_fd_fdstat_set_rights(int32_t fd, uint64_t base,
                                                          uint64_t inheriting);
WASI(fd_filestat_get) int32_t w_fd_filestat_get(int32_t fd, struct w_filestat *st);
WASI(fd_filestat_set_size) int32_t w_fd_filestat_set_size(int32_t fd, uint64_t size);
WASI(fd_filestat_set_times) int32_t w_fd_filestat_set_times(int32_t fd, uint64_t atim,
                                                            uint64_t mtim, uint32_t flags);
WASI(fd_pread) int32_t w_fd_pread(int32_t fd, const struct w_iovec *iovs, size_t n,
                                  uint64_t offset, size_t *nread);
WASI(fd_prestat_get) int32_t w_fd_prestat_get(int32_t fd, struct w_prestat *p);
WASI(fd_prestat_dir_name) int32_t w_fd_prestat_dir_name(int32_t fd, char *buf, size_t len);
WASI(fd_pwrite) int32_t w_fd_pwrite(int32_t fd, const struct w_ciovec *iovs, size_t n,
                                    uint64_t offset, size_t *nwritten);
WASI(fd_read) int32_t w_fd_read(int32_t fd, const struct w_iovec *iovs, size_t n, size_t *nread);
WASI(fd_readdir) int32_t w_fd_readdir(int32_t fd, void *buf, size_t len, uint64_t cookie,
                                      size_t *used);
WASI(fd_renumber) int32_t w_fd_renumber(int32_t fd, int32_t to);
WASI(fd_seek) int32_t w_fd_seek(int32_t fd, int64_t offset, uint32_t whence, uint64_t *pos);
WASI(fd_sync) int32_t w_fd_sync(int32_t fd);
WASI(fd_tell) int32_t w_fd_tell(int32_t fd, uint64_t *pos);
WASI(fd_write) int32_t w_fd_write(int32_t fd, const struct w_ciovec *iovs, size_t n,
                                  size_t *nwritten);
WASI(path_create_directory) int32_t w_path_create_directory(int32_t fd, const char *path,
                                                            size_t len);
WASI(path_filestat_get) int32_t w_path_filestat_get(int32_t fd, uint32_t flags, const char *path,
                                                    size_t len, struct w_filestat *st);
WASI(path_filestat_set_times) int32_t w_path_filestat_set_times(int32_t fd, uint32_t flags,
                                                                const char *path, size_t len,
                                                                uint64_t atim, uint64_t mtim,
                                                                uint32_t fst);
WASI(path_link) int32_t w_path_link(int32_t old_fd, uint32_t flags, const char *old, size_t old_len,
                                    int32_t new_fd, const char *new, size_t new_len);
WASI(path_open) int32_t w_path_open(int32_t fd, uint32_t dirflags, const char *path, size_t len,
                                    uint32_t oflags, uint64_t base, uint64_t inheriting,
                                    uint32_t fdflags, int32_t *opened);
WASI(path_readlink) int32_t w_path_readlink(int32_t fd, const char *path, size_t len, char *buf,
                                            size_t buf_len, size_t *used);
WASI(path_remove_directory) int32_t w_path_remove_directory(int32_t fd, const char *path,
                                                            size_t len);
WASI(path_rename) int32_t w_path_rename(int32_t fd, const char *old, size_t old_len, int32_t new_fd,
                                        const char *new, size_t new_len);
WASI(path_symlink) int32_t w_path_symlink(const char *old, size_t old_len, int32_t fd,
                                          const char *new, size_t new_len);
WASI(path_unlink_file) int32_t w_path_unlink_file(int32_t fd, const char *path, size_t len);
WASI(poll_oneoff) int32_t w_poll_oneoff(const struct w_subscription *in, struct w_event *out,
                                        size_t n, size_t *nevents);
WASI(proc_exit) __attribute__((noreturn)) void w_proc_exit(uint32_t code);
WASI(proc_raise) int32_t w_proc_raise(uint32_t sig);
WASI(random_get) int32_t w_random_get(void *buf, size_t len);
WASI(sched_yield) int32_t w_sched_yield(void);
WASI(sock_shutdown) int32_t w_sock_shutdown(int32_t fd, uint32_t how);

/* --- helpers ------------------------------------------------------------- */

static inline size_t w_strlen(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static inline int w_streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static inline int w_memeq(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;
	for (size_t i = 0; i < n; i++)
		if (x[i] != y[i])
			return 0;
	return 1;
}

static inline void put(int32_t fd, const char *s, size_t n)
{
	while (n) {
		struct w_ciovec v = {s, n};
		size_t done;
		if (w_fd_write(fd, &v, 1, &done) != 0 || done == 0)
			return;
		s += done;
		n -= done;
	}
}

static inline void say(const char *s)
{
	put(1, s, w_strlen(s));
}

static inline void say_u(uint64_t v)
{
	char b[24];
	int i = sizeof b;
	do
		b[--i] = (char)('0' + v % 10);
	while (v /= 10);
	put(1, b + i, sizeof b - (size_t)i);
}

/* "label: value\n" */
static inline void show(const char *label, uint64_t v)
{
	say(label);
	say(": ");
	say_u(v);
	say("\n");
}

/* The bytes of a memory's last page, and addresses just past its end. */
static inline uintptr_t memory_end(void)
{
	return (uintptr_t)__builtin_wasm_memory_size(0) * 65536;
}

#endif
