/* WASI preview 1, in both widths.
 *
 * Every function is written once over a `struct wcall`, which knows the
 * width of the import it serves: pointer and size parameters arrive
 * zero-extended in their cells either way, and the few structures with
 * pointer or size fields (iovec, prestat, argv arrays) are read and written
 * through width-aware helpers.  Every guest range is checked against the
 * memory before use, and every range of a call before the call does
 * anything: a bad one is EFAULT for the program and has no effect.
 *
 * The functions, their parameters and the layouts they use come from
 * abi/wasi.def; each function that returns has a wasi_<name> here.
 *
 * Files live behind preopened directories.  Each context has its own fd
 * table (0-2 are the host's stdio, preopens follow from 3), and every path
 * is resolved beneath the directory fd it is given by the sandbox
 * (sandbox.c): no path, however it uses "..", absolute names or symbolic
 * links, reaches a file outside that directory (docs/runtime-wasi.md).
 */
#define _GNU_SOURCE /* ppoll, and the Linux flags the calls pass on */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "host.h"
#include "w64/wasi.h"
#include "wasi_abi.h"

/* Rights are bit numbers in abi/wasi.def. */
#define RIGHT(name) (UINT64_C(1) << W64_WASI_RIGHT_##name)

/* What applies to a file (or a stream) and what to a directory: path_open
 * drops the rest, as WASI allows ("rights that do not apply to the type"). */
static const uint64_t RIGHTS_FILE =
	RIGHT(FD_DATASYNC) | RIGHT(FD_READ) | RIGHT(FD_SEEK) | RIGHT(FD_FDSTAT_SET_FLAGS) |
	RIGHT(FD_SYNC) | RIGHT(FD_TELL) | RIGHT(FD_WRITE) | RIGHT(FD_ADVISE) |
	RIGHT(FD_ALLOCATE) | RIGHT(FD_FILESTAT_GET) | RIGHT(FD_FILESTAT_SET_SIZE) |
	RIGHT(FD_FILESTAT_SET_TIMES) | RIGHT(POLL_FD_READWRITE);
static const uint64_t RIGHTS_DIR =
	RIGHT(FD_DATASYNC) | RIGHT(FD_FDSTAT_SET_FLAGS) | RIGHT(FD_SYNC) |
	RIGHT(PATH_CREATE_DIRECTORY) | RIGHT(PATH_CREATE_FILE) | RIGHT(PATH_LINK_SOURCE) |
	RIGHT(PATH_LINK_TARGET) | RIGHT(PATH_OPEN) | RIGHT(FD_READDIR) |
	RIGHT(PATH_READLINK) | RIGHT(PATH_RENAME_SOURCE) | RIGHT(PATH_RENAME_TARGET) |
	RIGHT(PATH_FILESTAT_GET) | RIGHT(PATH_FILESTAT_SET_SIZE) |
	RIGHT(PATH_FILESTAT_SET_TIMES) | RIGHT(FD_FILESTAT_GET) |
	RIGHT(FD_FILESTAT_SET_TIMES) | RIGHT(PATH_SYMLINK) | RIGHT(PATH_REMOVE_DIRECTORY) |
	RIGHT(PATH_UNLINK_FILE);
/* Host open modes follow the rights asked for, as WASI libcs expect. */
static const uint64_t RIGHTS_NEED_WRITE =
	RIGHT(FD_WRITE) | RIGHT(FD_ALLOCATE) | RIGHT(FD_FILESTAT_SET_SIZE);
static const uint64_t RIGHTS_NEED_READ = RIGHT(FD_READ) | RIGHT(FD_READDIR);
/* A preopen passes on every right WASI defines (bits 0-29): what does not
 * apply to the file opened is dropped there. */
static const uint64_t RIGHTS_ALL = (RIGHT(SOCK_ACCEPT) << 1) - 1;

/* Guest fds: enough for any program, small enough that a loop of
 * path_open cannot make the table huge. */
#define MAX_FDS 65536
/* poll_oneoff: subscriptions per call. */
#define MAX_SUBSCRIPTIONS 65536

/* One guest file descriptor. */
struct wfd {
	int host;            /* -1: the slot is free */
	bool borrowed;       /* the host's stdio: fd_close forgets it, never closes it */
	uint8_t type;        /* WASI filetype, fixed when opened */
	uint64_t rights, inheriting;
	uint32_t tree;       /* the preopen this fd was reached from (0: none) */
	char *name;          /* a preopen's guest name (NULL for other fds) */
	size_t name_len;
	DIR *dir;            /* fd_readdir's stream, made on first use */
};

/* The host functions of one store: one per (WASI function, width), made
 * on first import.  Every store that runs the program (one per thread,
 * wasi/src/threads.c) links its own, all bound to the same context. */
struct w64_wasi_link {
	struct w64_wasi *w;
	struct w64_store *store;
	struct w64_func_inst *funcs[W64_WASI_NFUNCS][2];
	struct wasi_binding {
		struct w64_wasi *w;
		enum w64_wasi_fn fn;
		bool wide;
	} bindings[W64_WASI_NFUNCS][2];
};

struct w64_wasi {
	int argc, envc;
	char *const *argv;
	char *const *env;
	/* Threads share the fd table: calls that change it (or an fd's
	 * state) hold `lock` for writing, the others for reading. */
	pthread_rwlock_t lock;
	struct wfd *fds;
	uint32_t nfds;
	uint32_t ntrees;     /* preopens made so far: each is its own tree */
	enum w64_resolver resolver;
	struct w64_wasi_link link;   /* the store the context was made with */
};

struct wcall {
	struct w64_memory_inst *mem;
	bool wide;               /* the wasm64 host ABI: 8-byte pointers and sizes */
	struct w64_wasi *w;
	struct w64_trap *trap;
};

/* --- guest memory ---------------------------------------------------------- */

static uint8_t *range(const struct wcall *c, uint64_t addr, uint64_t len)
{
	return c->mem ? w64_memory_range(c->mem, addr, len) : NULL;
}

/* An array of n elements of `size` bytes: the product cannot wrap. */
static uint8_t *array_range(const struct wcall *c, uint64_t addr, uint64_t n, uint64_t size)
{
	if (size && n > UINT64_MAX / size)
		return NULL;
	return range(c, addr, n * size);
}

static unsigned psize(const struct wcall *c)
{
	return c->wide ? 8 : 4;
}

static void put_le(uint8_t *p, uint64_t v, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static uint64_t get_le(const uint8_t *p, unsigned n)
{
	uint64_t v = 0;
	for (unsigned i = n; i-- > 0;)
		v = v << 8 | p[i];
	return v;
}

/* Stores an n-byte value at a guest address; false if out of bounds. */
static bool store(const struct wcall *c, uint64_t addr, uint64_t v, unsigned n)
{
	uint8_t *p = range(c, addr, n);
	if (!p)
		return false;
	put_le(p, v, n);
	return true;
}

/* A pointer- or size-sized value. */
static bool store_size(const struct wcall *c, uint64_t addr, uint64_t v)
{
	return store(c, addr, v, psize(c));
}

/* The largest byte count a call may report in a `size` result. */
static uint64_t size_limit(const struct wcall *c)
{
	return c->wide ? (uint64_t)SSIZE_MAX : UINT32_MAX;
}

/* A struct's size or a field's offset in the call's width:
 * LAYOUT(c, iovec, SIZE), LAYOUT(c, iovec_buf_len, OFF). */
#define LAYOUT(c, name, what) \
	((c)->wide ? W64_WASI_##name##_##what##64 : W64_WASI_##name##_##what##32)

/* Entry i of a guest iovec (or ciovec: the same layout) array; NULL base
 * when its buffer is out of bounds. */
static struct iovec iov_at(const struct wcall *c, const uint8_t *arr, uint64_t i)
{
	const uint8_t *e = arr + i * LAYOUT(c, iovec, SIZE);
	uint64_t base = get_le(e + LAYOUT(c, iovec_buf, OFF), psize(c));
	uint64_t len = get_le(e + LAYOUT(c, iovec_buf_len, OFF), psize(c));
	return (struct iovec){range(c, base, len), (size_t)len};
}

/* A guest iovec array, every buffer it names already checked. */
struct guest_iovs {
	const uint8_t *arr;
	uint64_t n;
};

/* Checks the array and each buffer before anything is read or written, so
 * a bad entry anywhere leaves files and memory untouched.  Nothing is
 * allocated: a huge but valid array costs no host memory. */
static int iovs_check(const struct wcall *c, uint64_t ptr, uint64_t n, struct guest_iovs *v)
{
	v->arr = array_range(c, ptr, n, LAYOUT(c, iovec, SIZE));
	v->n = n;
	if (!v->arr)
		return W64_WASI_ERRNO_FAULT;
	for (uint64_t i = 0; i < n; i++) {
		struct iovec iov = iov_at(c, v->arr, i);
		if (!iov.iov_base)
			return W64_WASI_ERRNO_FAULT;
	}
	return 0;
}

/* --- the fd table ------------------------------------------------------------- */

static void fd_release(struct wfd *f)
{
	if (f->host < 0)
		return;
	if (f->dir)
		closedir(f->dir);
	if (!f->borrowed)
		close(f->host);
	free(f->name);
	*f = (struct wfd){.host = -1};
}

/* The lowest free slot from 3 on: 0-2 are stdio's even when closed, and
 * preopens must start at 3 where WASI libcs look for them. */
static int fd_alloc(struct w64_wasi *w, uint32_t *out)
{
	uint32_t i = 3;
	while (i < w->nfds && w->fds[i].host >= 0)
		i++;
	if (i == w->nfds) {
		if (w->nfds >= MAX_FDS)
			return W64_WASI_ERRNO_MFILE;
		uint32_t n = w->nfds * 2;
		struct wfd *bigger = realloc(w->fds, n * sizeof *bigger);
		if (!bigger)
			return W64_WASI_ERRNO_NOMEM;
		for (uint32_t k = w->nfds; k < n; k++)
			bigger[k] = (struct wfd){.host = -1};
		w->fds = bigger;
		w->nfds = n;
	}
	*out = i;
	return 0;
}

/* The open fd `fd` if it has every right in `need`.  The pointer is valid
 * until the table grows (fd_alloc). */
static int fd_get(const struct wcall *c, uint64_t fd, uint64_t need, struct wfd **out)
{
	struct w64_wasi *w = c->w;
	if (fd >= w->nfds || w->fds[fd].host < 0)
		return W64_WASI_ERRNO_BADF;
	if ((w->fds[fd].rights & need) != need)
		return W64_WASI_ERRNO_NOTCAPABLE;
	*out = &w->fds[fd];
	return 0;
}

static uint8_t filetype_of(mode_t m)
{
	return S_ISREG(m) ? W64_WASI_FILETYPE_REGULAR_FILE : S_ISDIR(m) ? W64_WASI_FILETYPE_DIRECTORY
	     : S_ISCHR(m) ? W64_WASI_FILETYPE_CHARACTER_DEVICE : S_ISBLK(m) ? W64_WASI_FILETYPE_BLOCK_DEVICE
	     : S_ISLNK(m) ? W64_WASI_FILETYPE_SYMBOLIC_LINK : S_ISSOCK(m) ? W64_WASI_FILETYPE_SOCKET_STREAM
	     : W64_WASI_FILETYPE_UNKNOWN;
}

static uint64_t ns_of(struct timespec t)
{
	if (t.tv_sec < 0)
		return 0;
	if ((uint64_t)t.tv_sec > (UINT64_MAX - (uint64_t)t.tv_nsec) / 1000000000u)
		return UINT64_MAX;
	return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* Struct layouts that are the same in both widths (abi/wasi.def). */
#define OFF(st, field) W64_WASI_OFF(st, field)
#define SIZE(st) W64_WASI_SIZE(st)

/* A filestat, zeros in the padding. */
static void put_filestat(uint8_t *p, const struct stat *st)
{
	memset(p, 0, SIZE(filestat));
	put_le(p + OFF(filestat, dev), (uint64_t)st->st_dev, 8);
	put_le(p + OFF(filestat, ino), (uint64_t)st->st_ino, 8);
	p[OFF(filestat, filetype)] = filetype_of(st->st_mode);
	put_le(p + OFF(filestat, nlink), (uint64_t)st->st_nlink, 8);
	put_le(p + OFF(filestat, size), (uint64_t)st->st_size, 8);
	put_le(p + OFF(filestat, atim), ns_of(st->st_atim), 8);
	put_le(p + OFF(filestat, mtim), ns_of(st->st_mtim), 8);
	put_le(p + OFF(filestat, ctim), ns_of(st->st_ctim), 8);
}

/* fstflags to utimensat's pair: each time is given, "now", or left alone. */
static int make_times(uint64_t atim, uint64_t mtim, uint32_t flags, struct timespec ts[2])
{
	if (flags & ~(uint32_t)(W64_WASI_FSTFLAGS_ATIM | W64_WASI_FSTFLAGS_ATIM_NOW | W64_WASI_FSTFLAGS_MTIM | W64_WASI_FSTFLAGS_MTIM_NOW))
		return W64_WASI_ERRNO_INVAL;
	uint64_t t[2] = {atim, mtim};
	uint32_t given[2] = {W64_WASI_FSTFLAGS_ATIM, W64_WASI_FSTFLAGS_MTIM}, now[2] = {W64_WASI_FSTFLAGS_ATIM_NOW, W64_WASI_FSTFLAGS_MTIM_NOW};
	for (int i = 0; i < 2; i++) {
		if ((flags & given[i]) && (flags & now[i]))
			return W64_WASI_ERRNO_INVAL;
		if (flags & now[i])
			ts[i] = (struct timespec){0, UTIME_NOW};
		else if (flags & given[i])
			ts[i] = (struct timespec){(time_t)(t[i] / 1000000000u), (long)(t[i] % 1000000000u)};
		else
			ts[i] = (struct timespec){0, UTIME_OMIT};
	}
	return 0;
}

/* Copies a guest path to a C string: at most PATH_MAX - 1 bytes, no NUL. */
static int path_copy(const struct wcall *c, uint64_t ptr, uint64_t len, char out[PATH_MAX])
{
	const uint8_t *p = range(c, ptr, len);
	if (!p)
		return W64_WASI_ERRNO_FAULT;
	if (len >= PATH_MAX)
		return W64_WASI_ERRNO_NAMETOOLONG;
	if (memchr(p, 0, (size_t)len))
		return W64_WASI_ERRNO_INVAL;
	memcpy(out, p, (size_t)len);
	out[len] = '\0';
	return 0;
}

/* The directory fd (with `need`) and the guest path of a path_* call,
 * resolved.  Every check of the call comes before this. */
static int resolve_at(const struct wcall *c, uint64_t fd, uint64_t need, uint64_t path,
                      uint64_t len, bool follow, struct w64_resolved *r)
{
	struct wfd *d;
	char buf[PATH_MAX];
	r->dir = -1;
	int rc = fd_get(c, fd, need, &d);
	if (rc)
		return rc;
	if (d->type != W64_WASI_FILETYPE_DIRECTORY)
		return W64_WASI_ERRNO_NOTDIR;
	rc = path_copy(c, path, len, buf);
	if (rc)
		return rc;
	return w64_sandbox_resolve(c->w->resolver, d->host, buf, follow, r);
}

/* --- args, environ, clocks, random ----------------------------------------- */

/* Writes a string vector (argv or environ): pointers into `buf`, then the
 * NUL-terminated strings. */
static int write_strings(const struct wcall *c, int n, char *const *strs, uint64_t ptrs,
                         uint64_t buf)
{
	uint64_t total = 0;
	for (int i = 0; i < n; i++)
		total += strlen(strs[i]) + 1;
	uint8_t *dst = range(c, buf, total);
	uint8_t *arr = array_range(c, ptrs, (uint64_t)n, psize(c));
	if (!dst || !arr)
		return W64_WASI_ERRNO_FAULT;
	/* A wasm32 import on a 64-bit memory stores u32 pointers: every
	 * string must start below 4 GiB. */
	if (!c->wide && total && buf + total - 1 > UINT32_MAX)
		return W64_WASI_ERRNO_OVERFLOW;
	uint64_t at = 0;
	for (int i = 0; i < n; i++) {
		size_t len = strlen(strs[i]) + 1;
		put_le(arr + (size_t)i * psize(c), buf + at, psize(c));
		memcpy(dst + at, strs[i], len);
		at += len;
	}
	return 0;
}

static int write_sizes(const struct wcall *c, int n, char *const *strs, uint64_t count_ptr,
                       uint64_t size_ptr)
{
	uint64_t total = 0;
	for (int i = 0; i < n; i++)
		total += strlen(strs[i]) + 1;
	if (!range(c, count_ptr, psize(c)) || !range(c, size_ptr, psize(c)))
		return W64_WASI_ERRNO_FAULT;
	if (!c->wide && total > UINT32_MAX)
		return W64_WASI_ERRNO_OVERFLOW;
	store_size(c, count_ptr, (uint64_t)n);
	store_size(c, size_ptr, total);
	return 0;
}

static int wasi_args_get(struct wcall *c, const uint64_t *a)
{
	return write_strings(c, c->w->argc, c->w->argv, a[0], a[1]);
}

static int wasi_args_sizes_get(struct wcall *c, const uint64_t *a)
{
	return write_sizes(c, c->w->argc, c->w->argv, a[0], a[1]);
}

static int wasi_environ_get(struct wcall *c, const uint64_t *a)
{
	return write_strings(c, c->w->envc, c->w->env, a[0], a[1]);
}

static int wasi_environ_sizes_get(struct wcall *c, const uint64_t *a)
{
	return write_sizes(c, c->w->envc, c->w->env, a[0], a[1]);
}

static bool host_clock(uint32_t id, clockid_t *out)
{
	static const clockid_t ids[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
	                                CLOCK_THREAD_CPUTIME_ID};
	if (id >= sizeof ids / sizeof ids[0])
		return false;
	*out = ids[id];
	return true;
}

static int wasi_clock_res_get(struct wcall *c, const uint64_t *a)
{
	clockid_t id;
	struct timespec ts;
	if (!host_clock((uint32_t)a[0], &id))
		return W64_WASI_ERRNO_INVAL;
	if (!range(c, a[1], 8))
		return W64_WASI_ERRNO_FAULT;
	if (clock_getres(id, &ts) != 0)
		return w64_wasi_errno_from_host(errno);
	store(c, a[1], ns_of(ts), 8);
	return 0;
}

static int wasi_clock_time_get(struct wcall *c, const uint64_t *a)
{
	clockid_t id;
	struct timespec ts;
	if (!host_clock((uint32_t)a[0], &id))
		return W64_WASI_ERRNO_INVAL;
	if (!range(c, a[2], 8))
		return W64_WASI_ERRNO_FAULT;
	if (clock_gettime(id, &ts) != 0)
		return w64_wasi_errno_from_host(errno);
	store(c, a[2], ns_of(ts), 8);
	return 0;
}

static int wasi_random_get(struct wcall *c, const uint64_t *a)
{
	uint8_t *p = range(c, a[0], a[1]);
	if (!p)
		return W64_WASI_ERRNO_FAULT;
	for (uint64_t done = 0; done < a[1];) {
		ssize_t n = getrandom(p + done, a[1] - done, 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return w64_wasi_errno_from_host(errno);
		}
		done += (uint64_t)n;
	}
	return 0;
}

static int wasi_sched_yield(struct wcall *c, const uint64_t *a)
{
	(void)c;
	(void)a;
	sched_yield();
	return 0;
}

static int wasi_proc_raise(struct wcall *c, const uint64_t *a)
{
	(void)c;
	(void)a;
	return W64_WASI_ERRNO_NOSYS; /* WASI dropped signals; nothing uses this */
}

/* proc_exit is handled in call_wasi (it does not return). */

/* --- reading and writing ------------------------------------------------------ */

enum xfer { XFER_READ, XFER_WRITE, XFER_PREAD, XFER_PWRITE };

/* Moves bytes between a host fd and checked guest buffers, in batches of
 * 64 iovecs (well under the host's IOV_MAX).  A short transfer ends the call, as readv/writev
 * would; an error after some bytes moved reports those bytes (the error
 * comes back on the next call).  The total never exceeds what the
 * result's `size` can hold (u32 for wasm32 callers). */
static int transfer(const struct wcall *c, int fd, const struct guest_iovs *v, enum xfer op,
                    uint64_t offset, uint64_t *done)
{
	enum { BATCH = 64 };
	struct iovec batch[BATCH];
	uint64_t limit = size_limit(c), total = 0, i = 0;
	if ((op == XFER_PREAD || op == XFER_PWRITE) && offset > INT64_MAX)
		return W64_WASI_ERRNO_INVAL;
	while (i < v->n && total < limit) {
		int k = 0;
		uint64_t want = 0;
		for (; k < BATCH && i + (uint64_t)k < v->n && total + want < limit; k++) {
			batch[k] = iov_at(c, v->arr, i + (uint64_t)k);
			if (batch[k].iov_len > limit - total - want)
				batch[k].iov_len = (size_t)(limit - total - want);
			want += batch[k].iov_len;
		}
		uint64_t at = offset + total;
		if ((op == XFER_PREAD || op == XFER_PWRITE) && at > INT64_MAX)
			break;
		ssize_t n;
		switch (op) {
		case XFER_READ: n = readv(fd, batch, k); break;
		case XFER_WRITE: n = writev(fd, batch, k); break;
		case XFER_PREAD: n = preadv(fd, batch, k, (off_t)at); break;
		default: n = pwritev(fd, batch, k, (off_t)at); break;
		}
		if (n < 0) {
			if (errno == EINTR)
				continue;
			if (total)
				break;
			return w64_wasi_errno_from_host(errno);
		}
		total += (uint64_t)n;
		if ((uint64_t)n < want)
			break;
		i += (uint64_t)k;
	}
	*done = total;
	return 0;
}

/* The four read/write calls: fd, iovs, count, [offset,] result pointer. */
static int rw_call(struct wcall *c, const uint64_t *a, enum xfer op, uint64_t need)
{
	bool positioned = op == XFER_PREAD || op == XFER_PWRITE;
	uint64_t out = positioned ? a[4] : a[3], offset = positioned ? a[3] : 0, done;
	struct guest_iovs v;
	struct wfd *f;
	int rc = fd_get(c, a[0], need, &f);
	if (rc)
		return rc;
	if (!range(c, out, psize(c)))
		return W64_WASI_ERRNO_FAULT;
	rc = iovs_check(c, a[1], a[2], &v);
	if (rc)
		return rc;
	rc = transfer(c, f->host, &v, op, offset, &done);
	if (rc)
		return rc;
	store_size(c, out, done);
	return 0;
}

static int wasi_fd_read(struct wcall *c, const uint64_t *a)
{
	return rw_call(c, a, XFER_READ, RIGHT(FD_READ));
}

static int wasi_fd_write(struct wcall *c, const uint64_t *a)
{
	return rw_call(c, a, XFER_WRITE, RIGHT(FD_WRITE));
}

static int wasi_fd_pread(struct wcall *c, const uint64_t *a)
{
	return rw_call(c, a, XFER_PREAD, RIGHT(FD_READ) | RIGHT(FD_SEEK));
}

static int wasi_fd_pwrite(struct wcall *c, const uint64_t *a)
{
	return rw_call(c, a, XFER_PWRITE, RIGHT(FD_WRITE) | RIGHT(FD_SEEK));
}

static int wasi_fd_seek(struct wcall *c, const uint64_t *a)
{
	static const int whences[] = {SEEK_SET, SEEK_CUR, SEEK_END};
	uint32_t whence = (uint32_t)a[2];
	struct wfd *f;
	/* Asking where we are is fd_tell's right, as WASI says. */
	uint64_t need = a[1] == 0 && whence == 1 ? RIGHT(FD_TELL) : RIGHT(FD_SEEK);
	int rc = fd_get(c, a[0], need, &f);
	if (rc)
		return rc;
	if (!range(c, a[3], 8))
		return W64_WASI_ERRNO_FAULT;
	if (whence > 2)
		return W64_WASI_ERRNO_INVAL;
	off_t pos = lseek(f->host, (off_t)a[1], whences[whence]);
	if (pos < 0)
		return w64_wasi_errno_from_host(errno);
	store(c, a[3], (uint64_t)pos, 8);
	return 0;
}

static int wasi_fd_tell(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	int rc = fd_get(c, a[0], RIGHT(FD_TELL), &f);
	if (rc)
		return rc;
	if (!range(c, a[1], 8))
		return W64_WASI_ERRNO_FAULT;
	off_t pos = lseek(f->host, 0, SEEK_CUR);
	if (pos < 0)
		return w64_wasi_errno_from_host(errno);
	store(c, a[1], (uint64_t)pos, 8);
	return 0;
}

/* --- fd attributes ------------------------------------------------------------ */

static int wasi_fd_close(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	int rc = fd_get(c, a[0], 0, &f);
	if (rc)
		return rc;
	fd_release(f);
	return 0;
}

static int wasi_fd_renumber(struct wcall *c, const uint64_t *a)
{
	struct wfd *from, *to;
	int rc = fd_get(c, a[0], 0, &from);
	if (!rc)
		rc = fd_get(c, a[1], 0, &to);
	if (rc)
		return rc;
	if (from != to) {
		fd_release(to);
		*to = *from;
		*from = (struct wfd){.host = -1};
	}
	return 0;
}

static int wasi_fd_sync(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	int rc = fd_get(c, a[0], RIGHT(FD_SYNC), &f);
	if (rc)
		return rc;
	return fsync(f->host) == 0 ? 0 : w64_wasi_errno_from_host(errno);
}

static int wasi_fd_datasync(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	int rc = fd_get(c, a[0], RIGHT(FD_DATASYNC), &f);
	if (rc)
		return rc;
	return fdatasync(f->host) == 0 ? 0 : w64_wasi_errno_from_host(errno);
}

static int wasi_fd_fdstat_get(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	int rc = fd_get(c, a[0], 0, &f);
	if (rc)
		return rc;
	uint8_t *p = range(c, a[1], SIZE(fdstat));
	if (!p)
		return W64_WASI_ERRNO_FAULT;
	int fl = fcntl(f->host, F_GETFL);
	if (fl < 0)
		return w64_wasi_errno_from_host(errno);
	/* Linux's O_SYNC includes O_DSYNC's bit, and O_RSYNC equals O_SYNC. */
	uint16_t flags = (fl & O_APPEND ? W64_WASI_FDFLAGS_APPEND : 0) | (fl & O_NONBLOCK ? W64_WASI_FDFLAGS_NONBLOCK : 0);
	if ((fl & O_SYNC) == O_SYNC)
		flags |= W64_WASI_FDFLAGS_SYNC | W64_WASI_FDFLAGS_RSYNC;
	else if (fl & O_DSYNC)
		flags |= W64_WASI_FDFLAGS_DSYNC;
	memset(p, 0, SIZE(fdstat));
	p[OFF(fdstat, fs_filetype)] = f->type;
	put_le(p + OFF(fdstat, fs_flags), flags, 2);
	put_le(p + OFF(fdstat, fs_rights_base), f->rights, 8);
	put_le(p + OFF(fdstat, fs_rights_inheriting), f->inheriting, 8);
	return 0;
}

static int wasi_fd_fdstat_set_flags(struct wcall *c, const uint64_t *a)
{
	uint32_t flags = (uint32_t)a[1];
	struct wfd *f;
	int rc = fd_get(c, a[0], RIGHT(FD_FDSTAT_SET_FLAGS), &f);
	if (rc)
		return rc;
	if (flags & ~(uint32_t)(W64_WASI_FDFLAGS_APPEND | W64_WASI_FDFLAGS_DSYNC | W64_WASI_FDFLAGS_NONBLOCK | W64_WASI_FDFLAGS_RSYNC |
	                        W64_WASI_FDFLAGS_SYNC))
		return W64_WASI_ERRNO_INVAL;
	/* F_SETFL silently ignores the sync flags on Linux: say so instead. */
	if (flags & (W64_WASI_FDFLAGS_DSYNC | W64_WASI_FDFLAGS_RSYNC | W64_WASI_FDFLAGS_SYNC))
		return W64_WASI_ERRNO_NOTSUP;
	int fl = fcntl(f->host, F_GETFL);
	if (fl < 0)
		return w64_wasi_errno_from_host(errno);
	fl &= ~(O_APPEND | O_NONBLOCK);
	fl |= (flags & W64_WASI_FDFLAGS_APPEND ? O_APPEND : 0) | (flags & W64_WASI_FDFLAGS_NONBLOCK ? O_NONBLOCK : 0);
	return fcntl(f->host, F_SETFL, fl) == 0 ? 0 : w64_wasi_errno_from_host(errno);
}

static int wasi_fd_fdstat_set_rights(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	int rc = fd_get(c, a[0], 0, &f);
	if (rc)
		return rc;
	/* Rights can only be dropped. */
	if ((a[1] & ~f->rights) || (a[2] & ~f->inheriting))
		return W64_WASI_ERRNO_NOTCAPABLE;
	f->rights = a[1];
	f->inheriting = a[2];
	return 0;
}

static int wasi_fd_filestat_get(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	struct stat st;
	int rc = fd_get(c, a[0], RIGHT(FD_FILESTAT_GET), &f);
	if (rc)
		return rc;
	uint8_t *p = range(c, a[1], SIZE(filestat));
	if (!p)
		return W64_WASI_ERRNO_FAULT;
	if (fstat(f->host, &st) != 0)
		return w64_wasi_errno_from_host(errno);
	put_filestat(p, &st);
	return 0;
}

static int wasi_fd_filestat_set_size(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	int rc = fd_get(c, a[0], RIGHT(FD_FILESTAT_SET_SIZE), &f);
	if (rc)
		return rc;
	if (a[1] > INT64_MAX)
		return W64_WASI_ERRNO_FBIG;
	return ftruncate(f->host, (off_t)a[1]) == 0 ? 0 : w64_wasi_errno_from_host(errno);
}

static int wasi_fd_filestat_set_times(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	struct timespec ts[2];
	int rc = fd_get(c, a[0], RIGHT(FD_FILESTAT_SET_TIMES), &f);
	if (!rc)
		rc = make_times(a[1], a[2], (uint32_t)a[3], ts);
	if (rc)
		return rc;
	return futimens(f->host, ts) == 0 ? 0 : w64_wasi_errno_from_host(errno);
}

static int wasi_fd_advise(struct wcall *c, const uint64_t *a)
{
	static const int advice[] = {POSIX_FADV_NORMAL, POSIX_FADV_SEQUENTIAL, POSIX_FADV_RANDOM,
	                             POSIX_FADV_WILLNEED, POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE};
	struct wfd *f;
	int rc = fd_get(c, a[0], RIGHT(FD_ADVISE), &f);
	if (rc)
		return rc;
	if ((uint32_t)a[3] >= sizeof advice / sizeof advice[0] || a[1] > INT64_MAX || a[2] > INT64_MAX)
		return W64_WASI_ERRNO_INVAL;
	rc = posix_fadvise(f->host, (off_t)a[1], (off_t)a[2], advice[(uint32_t)a[3]]);
	return rc ? w64_wasi_errno_from_host(rc) : 0;
}

static int wasi_fd_allocate(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	int rc = fd_get(c, a[0], RIGHT(FD_ALLOCATE), &f);
	if (rc)
		return rc;
	if (a[1] > INT64_MAX || a[2] > INT64_MAX)
		return W64_WASI_ERRNO_INVAL;
	if (a[2] > INT64_MAX - a[1])
		return W64_WASI_ERRNO_FBIG;
	rc = posix_fallocate(f->host, (off_t)a[1], (off_t)a[2]);
	return rc ? w64_wasi_errno_from_host(rc) : 0;
}

/* --- preopens and directories ---------------------------------------------------- */

static int wasi_fd_prestat_get(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	int rc = fd_get(c, a[0], 0, &f);
	if (rc)
		return rc;
	if (!f->name)
		return W64_WASI_ERRNO_BADF; /* what WASI libcs expect for "not a preopen" */
	uint8_t *p = range(c, a[1], LAYOUT(c, prestat, SIZE));
	if (!p)
		return W64_WASI_ERRNO_FAULT;
	memset(p, 0, LAYOUT(c, prestat, SIZE));
	p[LAYOUT(c, prestat_tag, OFF)] = W64_WASI_PREOPENTYPE_DIR;
	put_le(p + LAYOUT(c, prestat_pr_name_len, OFF), f->name_len, psize(c));
	return 0;
}

static int wasi_fd_prestat_dir_name(struct wcall *c, const uint64_t *a)
{
	struct wfd *f;
	int rc = fd_get(c, a[0], 0, &f);
	if (rc)
		return rc;
	if (!f->name)
		return W64_WASI_ERRNO_BADF;
	uint8_t *p = range(c, a[1], a[2]);
	if (!p)
		return W64_WASI_ERRNO_FAULT;
	if (a[2] < f->name_len)
		return W64_WASI_ERRNO_NAMETOOLONG;
	memcpy(p, f->name, f->name_len);
	return 0;
}

static uint8_t filetype_of_dirent(int dir, const struct dirent *e)
{
	struct stat st;
	switch (e->d_type) {
	case DT_BLK: return W64_WASI_FILETYPE_BLOCK_DEVICE;
	case DT_CHR: return W64_WASI_FILETYPE_CHARACTER_DEVICE;
	case DT_DIR: return W64_WASI_FILETYPE_DIRECTORY;
	case DT_REG: return W64_WASI_FILETYPE_REGULAR_FILE;
	case DT_SOCK: return W64_WASI_FILETYPE_SOCKET_STREAM;
	case DT_LNK: return W64_WASI_FILETYPE_SYMBOLIC_LINK;
	case DT_FIFO: return W64_WASI_FILETYPE_UNKNOWN;
	default:
		/* Some file systems leave d_type to us. */
		if (fstatat(dir, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
			return W64_WASI_FILETYPE_UNKNOWN;
		return filetype_of(st.st_mode);
	}
}

/* Entries are packed dirent headers, each followed by its name; the last
 * one is cut off where the buffer ends.  A cookie is the host's telldir()
 * position after an entry (0: the start), so reading resumes after any
 * entry whatever was cut. */
static int wasi_fd_readdir(struct wcall *c, const uint64_t *a)
{
	uint64_t buf_len = a[2], cookie = a[3], used = 0;
	struct wfd *f;
	int rc = fd_get(c, a[0], RIGHT(FD_READDIR), &f);
	if (rc)
		return rc;
	uint8_t *buf = range(c, a[1], buf_len);
	if (!buf || !range(c, a[4], psize(c)))
		return W64_WASI_ERRNO_FAULT;
	if (f->type != W64_WASI_FILETYPE_DIRECTORY)
		return W64_WASI_ERRNO_NOTDIR;
	if (!f->dir) {
		/* A stream of our own: the guest's fd keeps serving path calls. */
		int fd = openat(f->host, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd < 0)
			return w64_wasi_errno_from_host(errno);
		f->dir = fdopendir(fd);
		if (!f->dir) {
			rc = w64_wasi_errno_from_host(errno);
			close(fd);
			return rc;
		}
	}
	if (cookie == 0)
		rewinddir(f->dir);
	else
		seekdir(f->dir, (long)cookie);
	while (used < buf_len) {
		errno = 0;
		struct dirent *e = readdir(f->dir);
		if (!e) {
			if (errno && used == 0)
				return w64_wasi_errno_from_host(errno);
			break;
		}
		uint8_t rec[SIZE(dirent) + sizeof e->d_name];
		size_t namlen = strlen(e->d_name);
		memset(rec, 0, SIZE(dirent));
		put_le(rec + OFF(dirent, d_next), (uint64_t)telldir(f->dir), 8);
		put_le(rec + OFF(dirent, d_ino), (uint64_t)e->d_ino, 8);
		put_le(rec + OFF(dirent, d_namlen), namlen, 4);
		rec[OFF(dirent, d_type)] = filetype_of_dirent(dirfd(f->dir), e);
		memcpy(rec + SIZE(dirent), e->d_name, namlen);
		uint64_t n = SIZE(dirent) + namlen < buf_len - used ? SIZE(dirent) + namlen : buf_len - used;
		memcpy(buf + used, rec, (size_t)n);
		used += n;
	}
	store_size(c, a[4], used);
	return 0;
}

/* --- path calls ------------------------------------------------------------ */

static int wasi_path_open(struct wcall *c, const uint64_t *a)
{
	uint32_t dirflags = (uint32_t)a[1], oflags = (uint32_t)a[4], fdflags = (uint32_t)a[7];
	uint64_t base = a[5], inheriting = a[6];
	struct wfd *d;
	struct w64_resolved r;
	uint64_t need = RIGHT(PATH_OPEN) | (oflags & W64_WASI_OFLAGS_CREAT ? RIGHT(PATH_CREATE_FILE) : 0) |
	                (oflags & W64_WASI_OFLAGS_TRUNC ? RIGHT(PATH_FILESTAT_SET_SIZE) : 0);
	int rc = fd_get(c, a[0], need, &d);
	if (rc)
		return rc;
	if (!range(c, a[8], 4))
		return W64_WASI_ERRNO_FAULT;
	if (oflags & ~(uint32_t)(W64_WASI_OFLAGS_CREAT | W64_WASI_OFLAGS_DIRECTORY | W64_WASI_OFLAGS_EXCL | W64_WASI_OFLAGS_TRUNC) ||
	    fdflags & ~(uint32_t)(W64_WASI_FDFLAGS_APPEND | W64_WASI_FDFLAGS_DSYNC | W64_WASI_FDFLAGS_NONBLOCK | W64_WASI_FDFLAGS_RSYNC |
	                          W64_WASI_FDFLAGS_SYNC))
		return W64_WASI_ERRNO_INVAL;
	/* A new fd gets at most what its directory passes on. */
	if ((base | inheriting) & ~d->inheriting)
		return W64_WASI_ERRNO_NOTCAPABLE;
	uint32_t tree = d->tree;
	/* O_CREAT | O_EXCL never follows a final symlink (POSIX). */
	bool excl = (oflags & W64_WASI_OFLAGS_CREAT) && (oflags & W64_WASI_OFLAGS_EXCL);
	rc = resolve_at(c, a[0], need, a[2], a[3], (dirflags & W64_WASI_LOOKUPFLAGS_SYMLINK_FOLLOW) && !excl, &r);
	if (rc)
		return rc;

	int flags = O_CLOEXEC | O_NOFOLLOW | O_NOCTTY;
	if (oflags & W64_WASI_OFLAGS_DIRECTORY || r.must_dir)
		flags |= O_DIRECTORY | O_RDONLY;
	else if (base & RIGHTS_NEED_WRITE)
		flags |= base & RIGHTS_NEED_READ ? O_RDWR : O_WRONLY;
	else
		flags |= O_RDONLY;
	flags |= (oflags & W64_WASI_OFLAGS_CREAT ? O_CREAT : 0) | (oflags & W64_WASI_OFLAGS_EXCL ? O_EXCL : 0) |
	         (oflags & W64_WASI_OFLAGS_TRUNC ? O_TRUNC : 0);
	flags |= (fdflags & W64_WASI_FDFLAGS_APPEND ? O_APPEND : 0) | (fdflags & W64_WASI_FDFLAGS_DSYNC ? O_DSYNC : 0) |
	         (fdflags & W64_WASI_FDFLAGS_NONBLOCK ? O_NONBLOCK : 0) | (fdflags & W64_WASI_FDFLAGS_RSYNC ? O_RSYNC : 0) |
	         (fdflags & W64_WASI_FDFLAGS_SYNC ? O_SYNC : 0);
	int fd = openat(r.dir, r.name, flags, 0666);
	rc = fd < 0 ? w64_wasi_errno_from_host(errno) : 0;
	w64_sandbox_release(&r);
	if (rc)
		return rc;

	struct stat st;
	uint32_t slot;
	if (fstat(fd, &st) != 0)
		rc = w64_wasi_errno_from_host(errno);
	else
		rc = fd_alloc(c->w, &slot);
	if (rc) {
		close(fd);
		return rc;
	}
	uint8_t type = filetype_of(st.st_mode);
	c->w->fds[slot] = (struct wfd){
		.host = fd,
		.type = type,
		.rights = base & (type == W64_WASI_FILETYPE_DIRECTORY ? RIGHTS_DIR : RIGHTS_FILE),
		.inheriting = inheriting,
		.tree = tree,
	};
	store(c, a[8], slot, 4);
	return 0;
}

static int wasi_path_create_directory(struct wcall *c, const uint64_t *a)
{
	struct w64_resolved r;
	int rc = resolve_at(c, a[0], RIGHT(PATH_CREATE_DIRECTORY), a[1], a[2], false, &r);
	if (rc)
		return rc;
	rc = mkdirat(r.dir, r.name, 0777) == 0 ? 0 : w64_wasi_errno_from_host(errno);
	w64_sandbox_release(&r);
	return rc;
}

static int wasi_path_remove_directory(struct wcall *c, const uint64_t *a)
{
	struct w64_resolved r;
	int rc = resolve_at(c, a[0], RIGHT(PATH_REMOVE_DIRECTORY), a[1], a[2], false, &r);
	if (rc)
		return rc;
	rc = unlinkat(r.dir, r.name, AT_REMOVEDIR) == 0 ? 0 : w64_wasi_errno_from_host(errno);
	w64_sandbox_release(&r);
	return rc;
}

static int wasi_path_unlink_file(struct wcall *c, const uint64_t *a)
{
	struct w64_resolved r;
	int rc = resolve_at(c, a[0], RIGHT(PATH_UNLINK_FILE), a[1], a[2], false, &r);
	if (rc)
		return rc;
	rc = unlinkat(r.dir, r.name, 0) == 0 ? 0 : w64_wasi_errno_from_host(errno);
	w64_sandbox_release(&r);
	return rc;
}

static int wasi_path_filestat_get(struct wcall *c, const uint64_t *a)
{
	struct w64_resolved r;
	struct stat st;
	uint8_t *p = range(c, a[4], SIZE(filestat));
	if (!p)
		return W64_WASI_ERRNO_FAULT;
	int rc = resolve_at(c, a[0], RIGHT(PATH_FILESTAT_GET), a[2], a[3],
	                    (uint32_t)a[1] & W64_WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, &r);
	if (rc)
		return rc;
	rc = fstatat(r.dir, r.name, &st, AT_SYMLINK_NOFOLLOW) == 0 ? 0 : w64_wasi_errno_from_host(errno);
	w64_sandbox_release(&r);
	if (!rc)
		put_filestat(p, &st);
	return rc;
}

static int wasi_path_filestat_set_times(struct wcall *c, const uint64_t *a)
{
	struct w64_resolved r;
	struct timespec ts[2];
	int rc = make_times(a[4], a[5], (uint32_t)a[6], ts);
	if (rc)
		return rc;
	rc = resolve_at(c, a[0], RIGHT(PATH_FILESTAT_SET_TIMES), a[2], a[3],
	                (uint32_t)a[1] & W64_WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, &r);
	if (rc)
		return rc;
	rc = utimensat(r.dir, r.name, ts, AT_SYMLINK_NOFOLLOW) == 0 ? 0 : w64_wasi_errno_from_host(errno);
	w64_sandbox_release(&r);
	return rc;
}

static int wasi_path_readlink(struct wcall *c, const uint64_t *a)
{
	struct w64_resolved r;
	char target[PATH_MAX];
	uint8_t *buf = range(c, a[3], a[4]);
	if (!buf || !range(c, a[5], psize(c)))
		return W64_WASI_ERRNO_FAULT;
	int rc = resolve_at(c, a[0], RIGHT(PATH_READLINK), a[1], a[2], false, &r);
	if (rc)
		return rc;
	ssize_t n = readlinkat(r.dir, r.name, target, sizeof target);
	rc = n < 0 ? w64_wasi_errno_from_host(errno) : 0;
	w64_sandbox_release(&r);
	if (rc)
		return rc;
	/* Truncated to the buffer, as readlink(2) does. */
	uint64_t len = (uint64_t)n < a[4] ? (uint64_t)n : a[4];
	memcpy(buf, target, (size_t)len);
	store_size(c, a[5], len);
	return 0;
}

/* The two directories of a rename or link must be in the same preopen's
 * tree: moving a file between two granted trees is refused rather than
 * risked (docs/runtime-wasi.md). */
static int same_tree(const struct wcall *c, uint64_t fd1, uint64_t need1, uint64_t fd2,
                     uint64_t need2)
{
	struct wfd *d1, *d2;
	int rc = fd_get(c, fd1, need1, &d1);
	if (!rc)
		rc = fd_get(c, fd2, need2, &d2);
	if (rc)
		return rc;
	return d1->tree == d2->tree ? 0 : W64_WASI_ERRNO_NOTCAPABLE;
}

static int wasi_path_rename(struct wcall *c, const uint64_t *a)
{
	struct w64_resolved from = {.dir = -1}, to = {.dir = -1};
	int rc = same_tree(c, a[0], RIGHT(PATH_RENAME_SOURCE), a[3], RIGHT(PATH_RENAME_TARGET));
	if (!rc)
		rc = resolve_at(c, a[0], RIGHT(PATH_RENAME_SOURCE), a[1], a[2], false, &from);
	if (!rc)
		rc = resolve_at(c, a[3], RIGHT(PATH_RENAME_TARGET), a[4], a[5], false, &to);
	if (!rc && renameat(from.dir, from.name, to.dir, to.name) != 0)
		rc = w64_wasi_errno_from_host(errno);
	w64_sandbox_release(&from);
	w64_sandbox_release(&to);
	return rc;
}

static int wasi_path_link(struct wcall *c, const uint64_t *a)
{
	struct w64_resolved from = {.dir = -1}, to = {.dir = -1};
	int rc = same_tree(c, a[0], RIGHT(PATH_LINK_SOURCE), a[4], RIGHT(PATH_LINK_TARGET));
	if (!rc)
		rc = resolve_at(c, a[0], RIGHT(PATH_LINK_SOURCE), a[2], a[3],
		                (uint32_t)a[1] & W64_WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, &from);
	if (!rc)
		rc = resolve_at(c, a[4], RIGHT(PATH_LINK_TARGET), a[5], a[6], false, &to);
	/* No AT_SYMLINK_FOLLOW: a followed source is already resolved. */
	if (!rc && linkat(from.dir, from.name, to.dir, to.name, 0) != 0)
		rc = w64_wasi_errno_from_host(errno);
	w64_sandbox_release(&from);
	w64_sandbox_release(&to);
	return rc;
}

static int wasi_path_symlink(struct wcall *c, const uint64_t *a)
{
	char target[PATH_MAX];
	struct w64_resolved r;
	int rc = path_copy(c, a[0], a[1], target);
	if (rc)
		return rc;
	/* Following it would fail anyway; refusing it keeps the host's own
	 * tools from being led outside by a link the guest made. */
	if (target[0] == '/')
		return W64_WASI_ERRNO_NOTCAPABLE;
	rc = resolve_at(c, a[2], RIGHT(PATH_SYMLINK), a[3], a[4], false, &r);
	if (rc)
		return rc;
	rc = symlinkat(target, r.dir, r.name) == 0 ? 0 : w64_wasi_errno_from_host(errno);
	w64_sandbox_release(&r);
	return rc;
}

/* --- poll_oneoff ------------------------------------------------------------ */

static uint64_t monotonic_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ns_of(ts);
}

struct sub {
	uint64_t userdata;
	uint8_t type;
	uint16_t error;      /* decided without waiting (bad fd, bad clock) */
	uint64_t deadline;   /* clocks: CLOCK_MONOTONIC ns */
	int pollfd;          /* fd events: index into the pollfd array */
};

/* Reads one subscription; an fd one also gets a pollfd.  Problems with a
 * single subscription become its event's error, as WASI says; only a
 * malformed tag fails the whole call. */
static int read_sub(const struct wcall *c, const uint8_t *p, uint64_t now, struct sub *s,
                    struct pollfd *pfds, int *npfds)
{
	*s = (struct sub){.userdata = get_le(p + OFF(subscription, userdata), 8),
	                  .type = p[OFF(subscription, tag)], .pollfd = -1};
	if (s->type == W64_WASI_EVENTTYPE_CLOCK) {
		uint32_t id = (uint32_t)get_le(p + OFF(subscription, clock_id), 4);
		uint64_t timeout = get_le(p + OFF(subscription, clock_timeout), 8);
		uint16_t flags = (uint16_t)get_le(p + OFF(subscription, clock_flags), 2);
		clockid_t host;
		struct timespec ts;
		if (!host_clock(id, &host) || (flags & ~W64_WASI_SUBCLOCKFLAGS_ABSTIME))
			s->error = W64_WASI_ERRNO_INVAL;
		else if (host != CLOCK_REALTIME && host != CLOCK_MONOTONIC)
			s->error = W64_WASI_ERRNO_NOTSUP; /* CPU time does not pass while we sleep */
		else if (clock_gettime(host, &ts) != 0)
			s->error = (uint16_t)w64_wasi_errno_from_host(errno);
		if (s->error)
			return 0;
		/* Everything waits on the monotonic clock: an absolute time
		 * becomes a delay from now. */
		uint64_t delay = timeout;
		if (flags & W64_WASI_SUBCLOCKFLAGS_ABSTIME)
			delay = timeout > ns_of(ts) ? timeout - ns_of(ts) : 0;
		s->deadline = delay > UINT64_MAX - now ? UINT64_MAX : now + delay;
		return 0;
	}
	if (s->type != W64_WASI_EVENTTYPE_FD_READ && s->type != W64_WASI_EVENTTYPE_FD_WRITE)
		return W64_WASI_ERRNO_INVAL;
	struct wfd *f;
	int rc = fd_get(c, get_le(p + OFF(subscription, fd_readwrite_file_descriptor), 4),
	                RIGHT(POLL_FD_READWRITE), &f);
	if (rc) {
		s->error = (uint16_t)rc;
		return 0;
	}
	s->pollfd = *npfds;
	pfds[(*npfds)++] = (struct pollfd){f->host, s->type == W64_WASI_EVENTTYPE_FD_READ ? POLLIN : POLLOUT, 0};
	return 0;
}

static bool sub_ready(const struct sub *s, const struct pollfd *pfds, uint64_t now)
{
	if (s->error)
		return true;
	if (s->type == W64_WASI_EVENTTYPE_CLOCK)
		return now >= s->deadline;
	return pfds[s->pollfd].revents != 0;
}

/* Bytes available for an fd event, when the host can tell. */
static uint64_t ready_bytes(int fd, uint8_t type)
{
	struct stat st;
	int avail;
	if (type != W64_WASI_EVENTTYPE_FD_READ)
		return 0;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
		off_t pos = lseek(fd, 0, SEEK_CUR);
		return pos >= 0 && st.st_size > pos ? (uint64_t)(st.st_size - pos) : 0;
	}
	return ioctl(fd, FIONREAD, &avail) == 0 && avail > 0 ? (uint64_t)avail : 0;
}

static int wasi_poll_oneoff(struct wcall *c, const uint64_t *a)
{
	uint64_t n = a[2];
	const uint8_t *in = array_range(c, a[0], n, SIZE(subscription));
	uint8_t *out = array_range(c, a[1], n, SIZE(event));
	if (!in || !out || !range(c, a[3], psize(c)))
		return W64_WASI_ERRNO_FAULT;
	if (n == 0 || n > MAX_SUBSCRIPTIONS)
		return W64_WASI_ERRNO_INVAL;
	struct sub *subs = calloc((size_t)n, sizeof *subs);
	struct pollfd *pfds = calloc((size_t)n, sizeof *pfds);
	int npfds = 0, rc = subs && pfds ? 0 : W64_WASI_ERRNO_NOMEM;
	uint64_t now = monotonic_ns();
	for (uint64_t i = 0; i < n && !rc; i++)
		rc = read_sub(c, in + i * SIZE(subscription), now, &subs[i], pfds, &npfds);

	/* Descriptors are looked at before anything is counted ready, so
	 * that a clock that has already expired (a zero timeout: "what is
	 * ready now?") is reported with them, not instead of them. */
	if (!rc && npfds > 0) {
		struct timespec zero = {0, 0};
		if (ppoll(pfds, (nfds_t)npfds, &zero, NULL) < 0 && errno != EINTR)
			rc = w64_wasi_errno_from_host(errno);
		now = monotonic_ns();
	}
	uint64_t ready = 0;
	/* The wait (a sleep, often) must not hold up other threads' opens
	 * and closes: from here on only the host fds copied into pfds are
	 * used, never the table. */
	pthread_rwlock_unlock(&c->w->lock);
	while (!rc) {
		for (uint64_t i = 0; i < n; i++)
			ready += sub_ready(&subs[i], pfds, now);
		if (ready)
			break;
		uint64_t wake = UINT64_MAX;
		for (uint64_t i = 0; i < n; i++)
			if (subs[i].type == W64_WASI_EVENTTYPE_CLOCK && subs[i].deadline < wake)
				wake = subs[i].deadline;
		struct timespec ts = {(time_t)((wake - now) / 1000000000u), (long)((wake - now) % 1000000000u)};
		if (ppoll(pfds, (nfds_t)npfds, wake == UINT64_MAX ? NULL : &ts, NULL) < 0 && errno != EINTR)
			rc = w64_wasi_errno_from_host(errno);
		now = monotonic_ns();
	}
	pthread_rwlock_rdlock(&c->w->lock);
	if (!rc) {
		uint64_t k = 0;
		for (uint64_t i = 0; i < n; i++) {
			const struct sub *s = &subs[i];
			if (!sub_ready(s, pfds, now))
				continue;
			uint8_t *e = out + k++ * SIZE(event);
			uint16_t error = s->error, flags = 0;
			uint64_t nbytes = 0;
			if (!error && s->type != W64_WASI_EVENTTYPE_CLOCK) {
				short rev = pfds[s->pollfd].revents;
				if (rev & POLLNVAL)
					error = W64_WASI_ERRNO_BADF;
				else if (rev & POLLERR)
					error = W64_WASI_ERRNO_IO;
				flags = rev & POLLHUP ? W64_WASI_EVENTRWFLAGS_HANGUP : 0;
				nbytes = ready_bytes(pfds[s->pollfd].fd, s->type);
			}
			memset(e, 0, SIZE(event));
			put_le(e + OFF(event, userdata), s->userdata, 8);
			put_le(e + OFF(event, error), error, 2);
			e[OFF(event, type)] = s->type;
			put_le(e + OFF(event, fd_readwrite_nbytes), nbytes, 8);
			put_le(e + OFF(event, fd_readwrite_flags), flags, 2);
		}
		store_size(c, a[3], k);
	}
	free(subs);
	free(pfds);
	return rc;
}

/* --- sockets -----------------------------------------------------------------
 *
 * WASI preview 1 only acts on sockets the host preopened, and wasm64-run
 * preopens none. */

static int no_sockets(struct wcall *c, const uint64_t *a)
{
	(void)c;
	(void)a;
	return W64_WASI_ERRNO_NOSYS;
}
#define wasi_sock_accept no_sockets
#define wasi_sock_recv no_sockets
#define wasi_sock_send no_sockets
#define wasi_sock_shutdown no_sockets

/* --- the table ---------------------------------------------------------------
 *
 * abi/wasi.def lists the functions; each that returns has its wasi_<name>
 * above, and proc_exit ends the program in call_wasi. */

typedef int wasi_impl(struct wcall *c, const uint64_t *args);
#define W64_IMPL_ERRNO(name) wasi_##name
#define W64_IMPL_NORETURN(name) NULL
#define WASI_FUNC(name, result, params) [W64_WASI_FN_##name] = W64_IMPL_##result(name),
static wasi_impl *const impls[W64_WASI_NFUNCS] = {
#include "wasi.def"
};

/* The core wasm type of a parameter kind in one width. */
static w64_valtype param_type(uint8_t kind, bool wide)
{
	enum w64_wasi_repr r = w64_wasi_kind_repr(kind);
	return r == W64_WASI_I64 || (r == W64_WASI_WORD && wide) ? W64_I64 : W64_I32;
}

/* The calls that change the fd table or an fd's own state (its rights,
 * its directory stream): they hold the context's lock for writing. */
static bool changes_fds(enum w64_wasi_fn fn)
{
	switch (fn) {
	case W64_WASI_FN_fd_close:
	case W64_WASI_FN_fd_renumber:
	case W64_WASI_FN_fd_fdstat_set_rights:
	case W64_WASI_FN_fd_readdir:
	case W64_WASI_FN_path_open:
		return true;
	default:
		return false;
	}
}

static enum w64_status call_wasi(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	const struct wasi_binding *b = call->user;
	const struct w64_wasi_fn_info *fn = &w64_wasi_fns[b->fn];
	if (fn->noreturn) {
		w64_trap_set(trap, "exit(%u)", (uint32_t)cells[0]);
		trap->exit_code = (int)(uint32_t)cells[0];
		return W64_EXITED;
	}
	struct wcall c = {call->caller ? w64_instance_memory(call->caller) : NULL, b->wide, b->w, trap};
	uint64_t args[W64_WASI_MAX_PARAMS];
	/* i32 parameters (and wasm32 pointers) are taken as the u32 they are,
	 * whatever the cell's upper half holds. */
	for (unsigned i = 0; i < fn->nparams; i++)
		args[i] = param_type(fn->kinds[i], b->wide) == W64_I64 ? cells[i] : (uint32_t)cells[i];
	if (changes_fds(b->fn))
		pthread_rwlock_wrlock(&b->w->lock);
	else
		pthread_rwlock_rdlock(&b->w->lock);
	cells[0] = (uint32_t)impls[b->fn](&c, args);
	pthread_rwlock_unlock(&b->w->lock);
	return W64_OK;
}

struct w64_wasi *w64_wasi_new(struct w64_store *s, int argc, char *const *argv, int envc,
                              char *const *env)
{
	struct w64_wasi *w = calloc(1, sizeof *w);
	if (!w)
		return NULL;
	w->nfds = 8;
	w->fds = calloc(w->nfds, sizeof *w->fds);
	if (!w->fds) {
		free(w);
		return NULL;
	}
	for (uint32_t i = 0; i < w->nfds; i++)
		w->fds[i] = (struct wfd){.host = -1};
	/* The host's stdio, where it is open at all. */
	for (int fd = 0; fd < 3; fd++) {
		struct stat st;
		if (fstat(fd, &st) != 0)
			continue;
		w->fds[fd] = (struct wfd){.host = fd, .borrowed = true, .type = filetype_of(st.st_mode),
		                          .rights = RIGHTS_FILE};
	}
	/* WASM64_RUN_RESOLVE=walk forces the component walk where openat2
	 * works, so both resolvers can be tested on one machine. */
	const char *how = getenv("WASM64_RUN_RESOLVE");
	if (how && strcmp(how, "walk") == 0)
		w->resolver = W64_RESOLVE_WALK;
	pthread_rwlock_init(&w->lock, NULL);
	w->link = (struct w64_wasi_link){.w = w, .store = s};
	w->argc = argc;
	w->argv = argv;
	w->envc = envc;
	w->env = env;
	return w;
}

int w64_wasi_preopen(struct w64_wasi *w, const char *host, const char *guest, char *err,
                     size_t errlen)
{
	uint32_t slot;
	int fd = open(host, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", host, strerror(errno));
		return -1;
	}
	if (w->resolver == W64_RESOLVE_UNKNOWN)
		w->resolver = w64_sandbox_probe(fd);
	char *name = strdup(guest);
	if (!name || fd_alloc(w, &slot) != 0) {
		snprintf(err, errlen, "%s: %s", host, name ? "too many directories" : "out of memory");
		free(name);
		close(fd);
		return -1;
	}
	w->fds[slot] = (struct wfd){
		.host = fd,
		.type = W64_WASI_FILETYPE_DIRECTORY,
		.rights = RIGHTS_DIR,
		.inheriting = RIGHTS_ALL,
		.tree = ++w->ntrees,
		.name = name,
		.name_len = strlen(name),
	};
	return 0;
}

void w64_wasi_free(struct w64_wasi *w)
{
	if (!w)
		return;
	for (uint32_t i = 0; i < w->nfds; i++)
		fd_release(&w->fds[i]);
	free(w->fds);
	pthread_rwlock_destroy(&w->lock);
	free(w);
}

/* An import's two possible types, from the table. */
static uint32_t signature(const struct w64_wasi_fn_info *fn, bool wide, w64_valtype *params)
{
	for (unsigned i = 0; i < fn->nparams; i++)
		params[i] = param_type(fn->kinds[i], wide);
	return fn->nparams;
}

static int format_type(char *buf, size_t size, uint32_t np, const w64_valtype *p, uint32_t nr,
                       const w64_valtype *r)
{
	size_t at = 0;
	at += (size_t)snprintf(buf + at, size - at, "(");
	for (uint32_t i = 0; i < np && at < size; i++)
		at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? ", " : "", w64_valtype_name(p[i]));
	if (at < size)
		at += (size_t)snprintf(buf + at, size - at, ") -> ");
	if (at < size && nr == 0)
		at += (size_t)snprintf(buf + at, size - at, "()");
	for (uint32_t i = 0; i < nr && at < size; i++)
		at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? ", " : "", w64_valtype_name(r[i]));
	return 0;
}

struct w64_wasi_link *w64_wasi_link_new(struct w64_wasi *w, struct w64_store *s)
{
	struct w64_wasi_link *l = calloc(1, sizeof *l);
	if (l)
		*l = (struct w64_wasi_link){.w = w, .store = s};
	return l;
}

void w64_wasi_link_free(struct w64_wasi_link *l)
{
	free(l);
}

int w64_wasi_resolve(void *user, const struct w64_module *m, const struct w64_import *imp,
                     struct w64_extern *out, struct w64_trap *trap)
{
	return w64_wasi_link_resolve(&((struct w64_wasi *)user)->link, m, imp, out, trap);
}

int w64_wasi_link_resolve(void *user, const struct w64_module *m, const struct w64_import *imp,
                          struct w64_extern *out, struct w64_trap *trap)
{
	struct w64_wasi_link *l = user;
	struct w64_wasi *w = l->w;
	if (!w64_name_eq(imp->module, W64_WASI_MODULE)) {
		w64_trap_set(trap, "unknown import %.*s.%.*s: only wasi_snapshot_preview1 is provided",
		             (int)imp->module.len, (const char *)imp->module.bytes, (int)imp->field.len,
		             (const char *)imp->field.bytes);
		return -1;
	}
	const struct w64_wasi_fn_info *fn =
		w64_wasi_fn_lookup((const char *)imp->field.bytes, imp->field.len);
	if (!fn || imp->kind != W64_EXTERN_FUNC) {
		w64_trap_set(trap, "unknown import wasi_snapshot_preview1.%.*s", (int)imp->field.len,
		             (const char *)imp->field.bytes);
		return -1;
	}
	const struct w64_functype *t = w64_func_type(m, imp->index);
	w64_valtype p32[W64_WASI_MAX_PARAMS], p64[W64_WASI_MAX_PARAMS], ri = W64_I32;
	uint32_t np32 = signature(fn, false, p32), np64 = signature(fn, true, p64);
	uint32_t nr = fn->noreturn ? 0 : 1;
	bool results_ok = t->nresults == nr && (nr == 0 || t->results[0] == W64_I32);
	int width = -1;
	if (results_ok && t->nparams == np64 && memcmp(t->params, p64, np64 * sizeof *p64) == 0)
		width = 1;
	else if (results_ok && t->nparams == np32 && memcmp(t->params, p32, np32 * sizeof *p32) == 0)
		width = 0;
	if (width < 0) {
		char have[160], w32[160], w64[160];
		format_type(have, sizeof have, t->nparams, t->params, t->nresults, t->results);
		format_type(w32, sizeof w32, np32, p32, nr, &ri);
		format_type(w64, sizeof w64, np64, p64, nr, &ri);
		w64_trap_set(trap, "import wasi_snapshot_preview1.%s: type %s matches neither wasm32 %s "
		             "nor wasm64 %s", fn->name, have, w32, w64);
		return -1;
	}
	enum w64_wasi_fn id = (enum w64_wasi_fn)(fn - w64_wasi_fns);
	if (!l->funcs[id][width]) {
		struct wasi_binding *b = &l->bindings[id][width];
		*b = (struct wasi_binding){w, id, width == 1};
		l->funcs[id][width] = w64_host_func_new(l->store, width ? np64 : np32,
		                                        width ? p64 : p32, nr, &ri, call_wasi, b);
		if (!l->funcs[id][width]) {
			w64_trap_set(trap, "out of memory");
			return -1;
		}
	}
	out->kind = W64_EXTERN_FUNC;
	out->u.func = l->funcs[id][width];
	return 0;
}
