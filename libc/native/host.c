/*
 * The bottom half for host-side tests: __w64_host_* (libc/internal/
 * w64_host.h) on top of POSIX, so the portable top half, built for the
 * build machine, runs as it does in wasm.  Compiled against the system's
 * headers and not renamed (see libc/native.mk): it is the one place
 * where the native libc under test meets the real one.
 *
 * Like wasm64-run it keeps its own table of guest fds (0-2 are the
 * process's stdio, then the preopens from 3 on, then files), so the
 * libc's scan of fd_prestat_get from 3 sees exactly the preopens, whatever
 * else the test harness left open.  The preopens come from the
 * environment: W64_PREOPENS="HOST[::GUEST];HOST[::GUEST]..." stands in
 * for wasm64-run's --dir options.  There is no sandbox here: the tests
 * that check the sandbox run in wasm64-run.
 */
#define _GNU_SOURCE /* environ, getrandom */
#include <dirent.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <stdio.h> /* renameat */
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "w64_host.h"

/* Linux errno values to the WASI ones the libc uses (docs/host-abi.md). */
static int wasi_errno(int e)
{
	switch (e) {
	case E2BIG: return W64_ERRNO_2BIG;
	case EACCES: return W64_ERRNO_ACCES;
	case EAGAIN: return W64_ERRNO_AGAIN;
	case EBADF: return W64_ERRNO_BADF;
	case EBUSY: return W64_ERRNO_BUSY;
	case EDQUOT: return W64_ERRNO_DQUOT;
	case EEXIST: return W64_ERRNO_EXIST;
	case EFAULT: return W64_ERRNO_FAULT;
	case EFBIG: return W64_ERRNO_FBIG;
	case EILSEQ: return W64_ERRNO_ILSEQ;
	case EINTR: return W64_ERRNO_INTR;
	case EINVAL: return W64_ERRNO_INVAL;
	case EIO: return W64_ERRNO_IO;
	case EISDIR: return W64_ERRNO_ISDIR;
	case ELOOP: return W64_ERRNO_LOOP;
	case EMFILE: return W64_ERRNO_MFILE;
	case EMLINK: return W64_ERRNO_MLINK;
	case ENAMETOOLONG: return W64_ERRNO_NAMETOOLONG;
	case ENFILE: return W64_ERRNO_NFILE;
	case ENODEV: return W64_ERRNO_NODEV;
	case ENOENT: return W64_ERRNO_NOENT;
	case ENOMEM: return W64_ERRNO_NOMEM;
	case ENOSPC: return W64_ERRNO_NOSPC;
	case ENOSYS: return W64_ERRNO_NOSYS;
	case ENOTDIR: return W64_ERRNO_NOTDIR;
	case ENOTEMPTY: return W64_ERRNO_NOTEMPTY;
	case ENOTSUP: return W64_ERRNO_NOTSUP;
	case ENOTTY: return W64_ERRNO_NOTTY;
	case ENXIO: return W64_ERRNO_NXIO;
	case EOVERFLOW: return W64_ERRNO_OVERFLOW;
	case EPERM: return W64_ERRNO_PERM;
	case EPIPE: return W64_ERRNO_PIPE;
	case ERANGE: return W64_ERRNO_RANGE;
	case EROFS: return W64_ERRNO_ROFS;
	case ESPIPE: return W64_ERRNO_SPIPE;
	case ETXTBSY: return W64_ERRNO_TXTBSY;
	case EXDEV: return W64_ERRNO_XDEV;
	default: return W64_ERRNO_IO;
	}
}

/* --- the guest fd table ---------------------------------------------------- */

#define MAX_FDS 1024

struct slot {
	int host;        /* -1: free */
	char *preopen;   /* the guest name of a preopen, else NULL */
	DIR *dir;        /* fd_readdir's stream, opened on first use */
};

static struct slot slots[MAX_FDS];
static int table_ready;

static void table_init(void)
{
	if (table_ready)
		return;
	table_ready = 1;
	for (int i = 0; i < MAX_FDS; i++)
		slots[i].host = -1;
	for (int i = 0; i < 3; i++)
		slots[i].host = fcntl(i, F_GETFD) >= 0 ? i : -1;
	const char *spec = getenv("W64_PREOPENS");
	int next = 3;
	while (spec != NULL && *spec != '\0' && next < MAX_FDS) {
		const char *end = strchr(spec, ';');
		size_t len = end ? (size_t)(end - spec) : strlen(spec);
		char *item = strndup(spec, len);
		char *sep = strstr(item, "::");
		const char *guest = item;
		if (sep != NULL) {
			*sep = '\0';
			guest = sep + 2;
		}
		int fd = open(item, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (fd < 0) {
			/* As wasm64-run refuses to start. */
			static const char msg[] = "native host: W64_PREOPENS: cannot open a directory\n";
			write(2, msg, sizeof msg - 1);
			_exit(1);
		}
		slots[next].host = fd;
		slots[next].preopen = strdup(guest);
		next++;
		free(item);
		spec = end ? end + 1 : NULL;
	}
}

/* The host fd behind a guest fd, or -1. */
static int host_fd(int fd)
{
	table_init();
	if (fd < 0 || fd >= MAX_FDS)
		return -1;
	return slots[fd].host;
}

static int new_guest_fd(int host, int *out)
{
	for (int i = 3; i < MAX_FDS; i++) {
		if (slots[i].host < 0) {
			slots[i].host = host;
			slots[i].preopen = NULL;
			slots[i].dir = NULL;
			*out = i;
			return 0;
		}
	}
	close(host);
	return W64_ERRNO_MFILE;
}

/* A WASI string as a C string (malloc'd), or NULL. */
static char *cstr(const char *p, size_t len)
{
	if (memchr(p, '\0', len) != NULL)
		return NULL;
	return strndup(p, len);
}

/* --- stdio and the rest of the original stand-ins ------------------------- */

int __w64_host_fd_write(int fd, const struct __w64_ciovec *iovs, size_t iovs_len, size_t *nwritten)
{
	int h = host_fd(fd);
	size_t done = 0;

	if (h < 0)
		return W64_ERRNO_BADF;
	for (size_t i = 0; i < iovs_len; i++) {
		ssize_t n;
		do {
			n = write(h, iovs[i].buf, iovs[i].buf_len);
		} while (n < 0 && errno == EINTR);
		if (n < 0) {
			if (done > 0)
				break;
			return wasi_errno(errno);
		}
		done += (size_t)n;
		if ((size_t)n < iovs[i].buf_len)
			break;
	}
	*nwritten = done;
	return 0;
}

/* The system's exit, so that LeakSanitizer still runs. */
void __w64_host_proc_exit(uint32_t status)
{
	exit(status);
}

int __w64_host_environ_sizes_get(size_t *count, size_t *buf_size)
{
	size_t n = 0, size = 0;

	for (; environ[n] != NULL; n++)
		size += strlen(environ[n]) + 1;
	*count = n;
	*buf_size = size;
	return 0;
}

int __w64_host_environ_get(char **vec, char *buf)
{
	size_t n = 0;

	for (; environ[n] != NULL; n++) {
		size_t len = strlen(environ[n]) + 1;
		memcpy(buf, environ[n], len);
		vec[n] = buf;
		buf += len;
	}
	return 0;
}

static uint8_t filetype_of(mode_t m)
{
	return S_ISCHR(m)    ? W64_FILETYPE_CHARACTER_DEVICE
	       : S_ISREG(m)  ? W64_FILETYPE_REGULAR_FILE
	       : S_ISDIR(m)  ? W64_FILETYPE_DIRECTORY
	       : S_ISBLK(m)  ? W64_FILETYPE_BLOCK_DEVICE
	       : S_ISLNK(m)  ? W64_FILETYPE_SYMBOLIC_LINK
	       : S_ISSOCK(m) ? W64_FILETYPE_SOCKET_STREAM
			     : W64_FILETYPE_UNKNOWN;
}

int __w64_host_fd_fdstat_get(int fd, struct __w64_fdstat *st)
{
	struct stat sb;
	int h = host_fd(fd);

	if (h < 0)
		return W64_ERRNO_BADF;
	if (fstat(h, &sb) != 0)
		return wasi_errno(errno);
	memset(st, 0, sizeof *st);
	st->fs_filetype = filetype_of(sb.st_mode);
	int fl = fcntl(h, F_GETFL);
	if (fl >= 0) {
		st->fs_flags = (fl & O_APPEND ? 1 : 0) | (fl & O_NONBLOCK ? 4 : 0);
		int acc = fl & O_ACCMODE;
		if (acc == O_RDONLY || acc == O_RDWR)
			st->fs_rights_base |= W64_RIGHT(FD_READ) | W64_RIGHT(FD_READDIR);
		if (acc == O_WRONLY || acc == O_RDWR)
			st->fs_rights_base |= W64_RIGHT(FD_WRITE);
		st->fs_rights_base |= W64_RIGHT(FD_SEEK);
	}
	st->fs_rights_inheriting = W64_RIGHTS_ALL;
	return 0;
}

int __w64_host_fd_fdstat_set_flags(int fd, unsigned flags)
{
	int h = host_fd(fd);

	if (h < 0)
		return W64_ERRNO_BADF;
	if (flags & ~5u)
		return 58; /* notsup, as wasm64-run answers for the sync flags */
	int fl = fcntl(h, F_GETFL);
	if (fl < 0)
		return wasi_errno(errno);
	fl &= ~(O_APPEND | O_NONBLOCK);
	fl |= (flags & 1 ? O_APPEND : 0) | (flags & 4 ? O_NONBLOCK : 0);
	return fcntl(h, F_SETFL, fl) == 0 ? 0 : wasi_errno(errno);
}

/* --- reading, writing, seeking ------------------------------------------- */

int __w64_host_fd_read(int fd, const struct __w64_iovec *iovs, size_t iovs_len, size_t *nread)
{
	int h = host_fd(fd);
	if (h < 0)
		return W64_ERRNO_BADF;
	ssize_t n;
	do {
		n = readv(h, (const struct iovec *)iovs, (int)iovs_len);
	} while (n < 0 && errno == EINTR);
	if (n < 0)
		return wasi_errno(errno);
	*nread = (size_t)n;
	return 0;
}

int __w64_host_fd_pread(int fd, const struct __w64_iovec *iovs, size_t iovs_len, uint64_t offset,
			size_t *nread)
{
	int h = host_fd(fd);
	if (h < 0)
		return W64_ERRNO_BADF;
	if (offset > INT64_MAX)
		return W64_ERRNO_INVAL;
	ssize_t n = preadv(h, (const struct iovec *)iovs, (int)iovs_len, (off_t)offset);
	if (n < 0)
		return wasi_errno(errno);
	*nread = (size_t)n;
	return 0;
}

int __w64_host_fd_pwrite(int fd, const struct __w64_ciovec *iovs, size_t iovs_len,
			 uint64_t offset, size_t *nwritten)
{
	int h = host_fd(fd);
	if (h < 0)
		return W64_ERRNO_BADF;
	if (offset > INT64_MAX)
		return W64_ERRNO_INVAL;
	ssize_t n = pwritev(h, (const struct iovec *)iovs, (int)iovs_len, (off_t)offset);
	if (n < 0)
		return wasi_errno(errno);
	*nwritten = (size_t)n;
	return 0;
}

int __w64_host_fd_seek(int fd, int64_t offset, uint32_t whence, uint64_t *newoffset)
{
	static const int whences[] = {SEEK_SET, SEEK_CUR, SEEK_END};
	int h = host_fd(fd);
	if (h < 0)
		return W64_ERRNO_BADF;
	if (whence > 2)
		return W64_ERRNO_INVAL;
	off_t r = lseek(h, (off_t)offset, whences[whence]);
	if (r < 0)
		return wasi_errno(errno);
	*newoffset = (uint64_t)r;
	return 0;
}

int __w64_host_fd_close(int fd)
{
	int h = host_fd(fd);
	if (h < 0)
		return W64_ERRNO_BADF;
	struct slot *s = &slots[fd];
	int ret = 0;
	if (s->dir != NULL)
		closedir(s->dir);
	/* As in wasm64-run: the guest fd is freed, the host's stdio stays. */
	if (fd > 2 && close(h) != 0)
		ret = wasi_errno(errno);
	free(s->preopen);
	s->host = -1;
	s->preopen = NULL;
	s->dir = NULL;
	return ret;
}

int __w64_host_fd_renumber(int from, int to)
{
	if (host_fd(from) < 0 || host_fd(to) < 0)
		return W64_ERRNO_BADF;
	if (from == to)
		return 0;
	struct slot moved = slots[from];
	slots[from] = (struct slot){.host = -1};
	__w64_host_fd_close(to);
	slots[to] = moved;
	return 0;
}

int __w64_host_fd_sync(int fd)
{
	int h = host_fd(fd);
	if (h < 0)
		return W64_ERRNO_BADF;
	return fsync(h) == 0 ? 0 : wasi_errno(errno);
}

static void filestat_of(const struct stat *sb, struct __w64_filestat *st)
{
	memset(st, 0, sizeof *st);
	st->dev = (uint64_t)sb->st_dev;
	st->ino = (uint64_t)sb->st_ino;
	st->filetype = filetype_of(sb->st_mode);
	st->nlink = (uint64_t)sb->st_nlink;
	st->size = (uint64_t)sb->st_size;
	st->atim = (uint64_t)sb->st_atim.tv_sec * 1000000000u + (uint64_t)sb->st_atim.tv_nsec;
	st->mtim = (uint64_t)sb->st_mtim.tv_sec * 1000000000u + (uint64_t)sb->st_mtim.tv_nsec;
	st->ctim = (uint64_t)sb->st_ctim.tv_sec * 1000000000u + (uint64_t)sb->st_ctim.tv_nsec;
}

int __w64_host_fd_filestat_get(int fd, struct __w64_filestat *st)
{
	struct stat sb;
	int h = host_fd(fd);
	if (h < 0)
		return W64_ERRNO_BADF;
	if (fstat(h, &sb) != 0)
		return wasi_errno(errno);
	filestat_of(&sb, st);
	return 0;
}

int __w64_host_fd_filestat_set_size(int fd, uint64_t size)
{
	int h = host_fd(fd);
	if (h < 0)
		return W64_ERRNO_BADF;
	if (size > INT64_MAX)
		return W64_ERRNO_INVAL;
	return ftruncate(h, (off_t)size) == 0 ? 0 : wasi_errno(errno);
}

/* --- preopens and directories ---------------------------------------------- */

int __w64_host_fd_prestat_get(int fd, struct __w64_prestat *ps)
{
	if (host_fd(fd) < 0 || slots[fd].preopen == NULL)
		return W64_ERRNO_BADF;
	ps->tag = 0;
	ps->pr_name_len = strlen(slots[fd].preopen);
	return 0;
}

int __w64_host_fd_prestat_dir_name(int fd, void *buf, size_t len)
{
	if (host_fd(fd) < 0 || slots[fd].preopen == NULL)
		return W64_ERRNO_BADF;
	size_t n = strlen(slots[fd].preopen);
	if (len < n)
		return W64_ERRNO_NAMETOOLONG;
	memcpy(buf, slots[fd].preopen, n);
	return 0;
}

/* Entries as wasm64-run writes them: cookies are telldir positions. */
int __w64_host_fd_readdir(int fd, void *buf, size_t len, uint64_t cookie, size_t *used)
{
	int h = host_fd(fd);
	if (h < 0)
		return W64_ERRNO_BADF;
	struct slot *s = &slots[fd];
	if (s->dir == NULL) {
		int d = openat(h, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (d < 0)
			return wasi_errno(errno);
		s->dir = fdopendir(d);
		if (s->dir == NULL) {
			int e = errno;
			close(d);
			return wasi_errno(e);
		}
	}
	if (cookie == 0)
		rewinddir(s->dir);
	else
		seekdir(s->dir, (long)cookie);
	size_t at = 0;
	unsigned char *out = buf;
	while (at < len) {
		errno = 0;
		struct dirent *e = readdir(s->dir);
		if (e == NULL) {
			if (errno != 0)
				return wasi_errno(errno);
			break;
		}
		unsigned char rec[sizeof(struct __w64_dirent)] = {0};
		uint64_t next = (uint64_t)telldir(s->dir);
		uint64_t ino = (uint64_t)e->d_ino;
		uint32_t namlen = (uint32_t)strlen(e->d_name);
		memcpy(rec + offsetof(struct __w64_dirent, d_next), &next, 8);
		memcpy(rec + offsetof(struct __w64_dirent, d_ino), &ino, 8);
		memcpy(rec + offsetof(struct __w64_dirent, d_namlen), &namlen, 4);
		rec[offsetof(struct __w64_dirent, d_type)] = e->d_type == DT_DIR   ? W64_FILETYPE_DIRECTORY
				       : e->d_type == DT_REG ? W64_FILETYPE_REGULAR_FILE
				       : e->d_type == DT_LNK ? W64_FILETYPE_SYMBOLIC_LINK
				       : e->d_type == DT_CHR ? W64_FILETYPE_CHARACTER_DEVICE
				       : e->d_type == DT_BLK ? W64_FILETYPE_BLOCK_DEVICE
							     : W64_FILETYPE_UNKNOWN;
		/* The last entry is cut off when the buffer ends. */
		for (size_t i = 0; i < sizeof(struct __w64_dirent) && at < len; i++)
			out[at++] = rec[i];
		for (size_t i = 0; i < namlen && at < len; i++)
			out[at++] = (unsigned char)e->d_name[i];
	}
	*used = at;
	return 0;
}

/* (dirfd, path) for a path call, or an errno. */
static int path_args(int dirfd, const char *path, size_t path_len, int *h, char **p)
{
	*h = host_fd(dirfd);
	if (*h < 0)
		return W64_ERRNO_BADF;
	*p = cstr(path, path_len);
	if (*p == NULL)
		return memchr(path, '\0', path_len) ? W64_ERRNO_INVAL : W64_ERRNO_NOMEM;
	return 0;
}

int __w64_host_path_open(int dirfd, unsigned lookupflags, const char *path, size_t path_len,
			 unsigned oflags, uint64_t rights_base, uint64_t rights_inheriting,
			 unsigned fdflags, int *fd)
{
	int h;
	char *p;
	int err = path_args(dirfd, path, path_len, &h, &p);
	(void)rights_inheriting;
	if (err != 0)
		return err;
	int write = (rights_base & (W64_RIGHT(FD_WRITE) | W64_RIGHT(FD_ALLOCATE) |
				    W64_RIGHT(FD_FILESTAT_SET_SIZE))) != 0;
	int read = (rights_base & (W64_RIGHT(FD_READ) | W64_RIGHT(FD_READDIR))) != 0;
	int flags = O_CLOEXEC;
	if (oflags & W64_OFLAGS_DIRECTORY)
		flags |= O_RDONLY | O_DIRECTORY;
	else
		flags |= write ? (read ? O_RDWR : O_WRONLY) : O_RDONLY;
	if (oflags & W64_OFLAGS_CREAT)
		flags |= O_CREAT;
	if (oflags & W64_OFLAGS_EXCL)
		flags |= O_EXCL;
	if (oflags & W64_OFLAGS_TRUNC)
		flags |= O_TRUNC;
	if (!(lookupflags & W64_LOOKUPFLAGS_SYMLINK_FOLLOW))
		flags |= O_NOFOLLOW;
	if (fdflags & 1)
		flags |= O_APPEND;
	if (fdflags & 4)
		flags |= O_NONBLOCK;
	int nfd = openat(h, p, flags, 0666);
	free(p);
	if (nfd < 0)
		return wasi_errno(errno);
	return new_guest_fd(nfd, fd);
}

int __w64_host_path_filestat_get(int dirfd, unsigned lookupflags, const char *path,
				 size_t path_len, struct __w64_filestat *st)
{
	int h;
	char *p;
	int err = path_args(dirfd, path, path_len, &h, &p);
	if (err != 0)
		return err;
	struct stat sb;
	int r = fstatat(h, p, &sb, (lookupflags & W64_LOOKUPFLAGS_SYMLINK_FOLLOW) ? 0 : AT_SYMLINK_NOFOLLOW);
	free(p);
	if (r != 0)
		return wasi_errno(errno);
	filestat_of(&sb, st);
	return 0;
}

int __w64_host_path_create_directory(int dirfd, const char *path, size_t path_len)
{
	int h;
	char *p;
	int err = path_args(dirfd, path, path_len, &h, &p);
	if (err != 0)
		return err;
	int r = mkdirat(h, p, 0777);
	free(p);
	return r == 0 ? 0 : wasi_errno(errno);
}

int __w64_host_path_remove_directory(int dirfd, const char *path, size_t path_len)
{
	int h;
	char *p;
	int err = path_args(dirfd, path, path_len, &h, &p);
	if (err != 0)
		return err;
	int r = unlinkat(h, p, AT_REMOVEDIR);
	free(p);
	return r == 0 ? 0 : wasi_errno(errno);
}

int __w64_host_path_unlink_file(int dirfd, const char *path, size_t path_len)
{
	int h;
	char *p;
	int err = path_args(dirfd, path, path_len, &h, &p);
	if (err != 0)
		return err;
	int r = unlinkat(h, p, 0);
	free(p);
	return r == 0 ? 0 : wasi_errno(errno);
}

int __w64_host_path_rename(int dirfd, const char *path, size_t path_len, int new_dirfd,
			   const char *new_path, size_t new_path_len)
{
	int h, nh;
	char *p, *np;
	int err = path_args(dirfd, path, path_len, &h, &p);
	if (err != 0)
		return err;
	err = path_args(new_dirfd, new_path, new_path_len, &nh, &np);
	if (err != 0) {
		free(p);
		return err;
	}
	int r = renameat(h, p, nh, np);
	free(p);
	free(np);
	return r == 0 ? 0 : wasi_errno(errno);
}

int __w64_host_path_readlink(int dirfd, const char *path, size_t path_len, void *buf,
			     size_t buf_len, size_t *used)
{
	int h;
	char *p;
	int err = path_args(dirfd, path, path_len, &h, &p);
	if (err != 0)
		return err;
	ssize_t n = readlinkat(h, p, buf, buf_len);
	free(p);
	if (n < 0)
		return wasi_errno(errno);
	*used = (size_t)n;
	return 0;
}

int __w64_host_path_symlink(const char *target, size_t target_len, int dirfd, const char *path,
			    size_t path_len)
{
	int h;
	char *p;
	char *t = cstr(target, target_len);
	if (t == NULL)
		return W64_ERRNO_INVAL;
	int err = path_args(dirfd, path, path_len, &h, &p);
	if (err != 0) {
		free(t);
		return err;
	}
	int r = symlinkat(t, h, p);
	free(t);
	free(p);
	return r == 0 ? 0 : wasi_errno(errno);
}

/* --- clocks and the rest ----------------------------------------------------- */

static int host_clock(unsigned id, clockid_t *c)
{
	static const clockid_t ids[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
					CLOCK_THREAD_CPUTIME_ID};
	if (id >= sizeof ids / sizeof ids[0])
		return W64_ERRNO_INVAL;
	*c = ids[id];
	return 0;
}

int __w64_host_clock_time_get(unsigned id, uint64_t precision, uint64_t *time)
{
	clockid_t c;
	struct timespec ts;
	(void)precision;
	if (host_clock(id, &c) != 0)
		return W64_ERRNO_INVAL;
	if (clock_gettime(c, &ts) != 0)
		return wasi_errno(errno);
	*time = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
	return 0;
}

int __w64_host_clock_res_get(unsigned id, uint64_t *res)
{
	clockid_t c;
	struct timespec ts;
	if (host_clock(id, &c) != 0)
		return W64_ERRNO_INVAL;
	if (clock_getres(c, &ts) != 0)
		return wasi_errno(errno);
	*res = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
	return 0;
}

/* Clock and descriptor subscriptions, as wasm64-run serves them: the
 * descriptors are polled (at once, then until the earliest clock), and
 * every subscription that is ready is reported. */
int __w64_host_poll_oneoff(const struct __w64_subscription *sub, struct __w64_event *ev,
			   size_t nsubscriptions, size_t *nevents)
{
	if (nsubscriptions == 0 || nsubscriptions > 4096)
		return W64_ERRNO_INVAL;
	struct pollfd pfds[4096];
	int pfd_of[4096];
	uint16_t error[4096];
	uint64_t deadline[4096];
	nfds_t npfds = 0;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	uint64_t now = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
	for (size_t i = 0; i < nsubscriptions; i++) {
		const struct __w64_subscription *s = &sub[i];
		error[i] = 0;
		pfd_of[i] = -1;
		deadline[i] = 0;
		if (s->tag == 0) {
			clockid_t c;
			if (host_clock(s->clock_id, &c) != 0) {
				error[i] = W64_ERRNO_INVAL;
				continue;
			}
			if (c != CLOCK_REALTIME && c != CLOCK_MONOTONIC) {
				error[i] = W64_ERRNO_NOTSUP;
				continue;
			}
			uint64_t delay = s->clock_timeout;
			if (s->clock_flags & 1) {
				struct timespec t;
				clock_gettime(c, &t);
				uint64_t at = (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
				delay = s->clock_timeout > at ? s->clock_timeout - at : 0;
			}
			deadline[i] = delay > UINT64_MAX - now ? UINT64_MAX : now + delay;
		} else if (s->tag == 1 || s->tag == 2) {
			int h = host_fd((int)s->fd_readwrite_file_descriptor);
			if (h < 0) {
				error[i] = W64_ERRNO_BADF;
				continue;
			}
			pfd_of[i] = (int)npfds;
			pfds[npfds++] = (struct pollfd){h, s->tag == 1 ? POLLIN : POLLOUT, 0};
		} else {
			return W64_ERRNO_INVAL;
		}
	}
	int timeout_ms = 0;
	for (;;) {
		if (npfds > 0 && poll(pfds, npfds, timeout_ms) < 0 && errno != EINTR)
			return wasi_errno(errno);
		clock_gettime(CLOCK_MONOTONIC, &ts);
		now = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
		size_t k = 0;
		uint64_t wake = UINT64_MAX;
		for (size_t i = 0; i < nsubscriptions; i++) {
			const struct __w64_subscription *s = &sub[i];
			int ready = error[i] != 0 ||
				    (s->tag == 0 ? now >= deadline[i] : pfds[pfd_of[i]].revents != 0);
			if (s->tag == 0 && !error[i] && deadline[i] < wake)
				wake = deadline[i];
			if (!ready)
				continue;
			struct __w64_event *e = &ev[k++];
			memset(e, 0, sizeof *e);
			e->userdata = s->userdata;
			e->type = s->tag;
			e->error = error[i];
			if (s->tag != 0 && !error[i]) {
				short r = pfds[pfd_of[i]].revents;
				if (r & POLLNVAL)
					e->error = W64_ERRNO_BADF;
				e->fd_readwrite_flags = (r & POLLHUP) ? 1 : 0;
				int avail = 0;
				if (s->tag == 1 && ioctl(pfds[pfd_of[i]].fd, FIONREAD, &avail) == 0)
					e->fd_readwrite_nbytes = avail > 0 ? (uint64_t)avail : 0;
			}
		}
		if (k > 0) {
			*nevents = k;
			return 0;
		}
		if (npfds == 0) {
			/* Only clocks: sleep until the earliest. */
			struct timespec d = {(time_t)((wake - now) / 1000000000u),
					     (long)((wake - now) % 1000000000u)};
			nanosleep(&d, NULL);
			continue;
		}
		uint64_t ms = wake == UINT64_MAX ? 0 : (wake - now + 999999u) / 1000000u;
		timeout_ms = wake == UINT64_MAX ? -1 : ms > 3600000 ? 3600000 : (int)ms;
	}
}

int __w64_host_sched_yield(void)
{
	return sched_yield() == 0 ? 0 : wasi_errno(errno);
}

/* Sockets: wasm64-run answers ENOSYS to these (it hands out no sockets);
 * the stand-ins do the same, so the native tests see what wasm does. */
int __w64_host_sock_accept(int fd, uint32_t flags, int32_t *conn)
{
	(void)fd;
	(void)flags;
	(void)conn;
	return W64_ERRNO_NOSYS;
}

int __w64_host_sock_recv(int fd, const struct __w64_iovec *iovs, size_t iovs_len, uint32_t flags,
			 size_t *got, uint16_t *out_flags)
{
	(void)fd;
	(void)iovs;
	(void)iovs_len;
	(void)flags;
	(void)got;
	(void)out_flags;
	return W64_ERRNO_NOSYS;
}

int __w64_host_sock_send(int fd, const struct __w64_ciovec *iovs, size_t iovs_len, uint32_t flags,
			 size_t *sent)
{
	(void)fd;
	(void)iovs;
	(void)iovs_len;
	(void)flags;
	(void)sent;
	return W64_ERRNO_NOSYS;
}

int __w64_host_sock_shutdown(int fd, uint32_t how)
{
	(void)fd;
	(void)how;
	return W64_ERRNO_NOSYS;
}

int __w64_host_random_get(void *buf, size_t len)
{
	unsigned char *p = buf;
	while (len > 0) {
		ssize_t n = getrandom(p, len, 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return wasi_errno(errno);
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The process's own arguments, from /proc/self/cmdline (the libc under
 * test fetches them only for program_invocation_name). */
static char cmdline[65536];
static size_t cmdline_len;

static void read_cmdline(void)
{
	if (cmdline_len > 0)
		return;
	int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	ssize_t n = read(fd, cmdline, sizeof cmdline - 1);
	close(fd);
	cmdline_len = n > 0 ? (size_t)n : 0;
	if (cmdline_len > 0 && cmdline[cmdline_len - 1] != '\0')
		cmdline[cmdline_len++] = '\0';
}

int __w64_host_args_sizes_get(size_t *argc, size_t *buf_size)
{
	read_cmdline();
	size_t n = 0;
	for (size_t i = 0; i < cmdline_len; i++)
		n += cmdline[i] == '\0';
	*argc = n;
	*buf_size = cmdline_len;
	return 0;
}

int __w64_host_args_get(char **argv, char *buf)
{
	read_cmdline();
	memcpy(buf, cmdline, cmdline_len);
	size_t k = 0;
	for (size_t i = 0; i < cmdline_len; i += strlen(cmdline + i) + 1)
		argv[k++] = buf + i;
	return 0;
}
