#ifndef _UNISTD_H
#define _UNISTD_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#include <bits/types.h>

#define __NEED_ssize_t
#define __NEED_off_t
#define __NEED_pid_t
#define __NEED_uid_t
#define __NEED_gid_t
#define __NEED_useconds_t
#include <bits/alltypes.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

/* access() modes */
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

/* lockf() commands */
#define F_ULOCK 0
#define F_LOCK 1
#define F_TLOCK 2
#define F_TEST 3

/* pathconf() names (Linux's numbers) */
#define _PC_LINK_MAX 0
#define _PC_MAX_CANON 1
#define _PC_MAX_INPUT 2
#define _PC_NAME_MAX 3
#define _PC_PATH_MAX 4
#define _PC_PIPE_BUF 5
#define _PC_CHOWN_RESTRICTED 6
#define _PC_NO_TRUNC 7
#define _PC_VDISABLE 8
#define _PC_SYNC_IO 9
#define _PC_ASYNC_IO 10
#define _PC_PRIO_IO 11
#define _PC_SOCK_MAXBUF 12
#define _PC_FILESIZEBITS 13
#define _PC_REC_INCR_XFER_SIZE 14
#define _PC_REC_MAX_XFER_SIZE 15
#define _PC_REC_MIN_XFER_SIZE 16
#define _PC_REC_XFER_ALIGN 17
#define _PC_ALLOC_SIZE_MIN 18
#define _PC_SYMLINK_MAX 19
#define _PC_2_SYMLINKS 20

#ifdef __cplusplus
extern "C" {
#endif

ssize_t read(int __fd, void *__buf, size_t __count);
ssize_t write(int __fd, const void *__buf, size_t __count);
ssize_t pread(int __fd, void *__buf, size_t __count, off_t __offset);
ssize_t pwrite(int __fd, const void *__buf, size_t __count, off_t __offset);
off_t lseek(int __fd, off_t __offset, int __whence);
int close(int __fd);
int fsync(int __fd);
int fdatasync(int __fd);
int ftruncate(int __fd, off_t __length);
int truncate(const char *__path, off_t __length);
int lockf(int __fd, int __cmd, off_t __len);
int isatty(int __fd);

int access(const char *__path, int __mode);
int faccessat(int __dirfd, const char *__path, int __mode, int __flags);
int unlink(const char *__path);
int unlinkat(int __dirfd, const char *__path, int __flags);
int rmdir(const char *__path);
char *getcwd(char *__buf, size_t __size);
int chdir(const char *__path);
ssize_t readlink(const char *__restrict __path, char *__restrict __buf, size_t __size);
ssize_t readlinkat(int __dirfd, const char *__restrict __path, char *__restrict __buf,
		   size_t __size);
int symlink(const char *__target, const char *__path);
int symlinkat(const char *__target, int __dirfd, const char *__path);
int link(const char *__old, const char *__new);
int linkat(int __old_dirfd, const char *__old, int __new_dirfd, const char *__new, int __flags);
long pathconf(const char *__path, int __name);
long fpathconf(int __fd, int __name);

/* WASI files have no owner: they all belong to uid 0, gid 0, and
 * "changing" to that owner is all that succeeds (docs/libc.md). */
int chown(const char *__path, uid_t __owner, gid_t __group);
int fchown(int __fd, uid_t __owner, gid_t __group);
int lchown(const char *__path, uid_t __owner, gid_t __group);
int fchownat(int __dirfd, const char *__path, uid_t __owner, gid_t __group, int __flags);

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define lseek64 lseek
#define pread64 pread
#define pwrite64 pwrite
#define truncate64 truncate
#define ftruncate64 ftruncate
#define lockf64 lockf
#define off64_t off_t
#endif

pid_t getpid(void);
unsigned sleep(unsigned __seconds);
int usleep(useconds_t __usec);

/* getopt: POSIX's short options (GNU's getopt_long is in getopt.h). */
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int __argc, char *const __argv[], const char *__optstring);

__attribute__((__noreturn__)) void _exit(int __status);

#ifdef __cplusplus
}
#endif

#endif
