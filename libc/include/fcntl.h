/*
 * fcntl.h: open, openat, creat, fcntl, the open flags and *at() constants,
 * record locks (struct flock), posix_fadvise and posix_fallocate.
 *
 * The flags map straight onto WASI's path_open arguments: the low 12 bits
 * are WASI `fdflags`, bits 12-15 are WASI `oflags` shifted left by 12, and
 * the access mode and O_NOFOLLOW use bits WASI does not.
 */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <bits/types.h>

#define __NEED_off_t
#define __NEED_pid_t
#define __NEED_mode_t
#include <bits/alltypes.h>

/* WASI fdflags */
#define O_APPEND 0x0001
#define O_DSYNC 0x0002
#define O_NONBLOCK 0x0004
#define O_RSYNC 0x0008
#define O_SYNC 0x0010

/* WASI oflags << 12 */
#define O_CREAT 0x1000
#define O_DIRECTORY 0x2000
#define O_EXCL 0x4000
#define O_TRUNC 0x8000

#define O_NOFOLLOW 0x01000000
#define O_NOCTTY 0 /* there are no controlling terminals */
#define O_CLOEXEC 0 /* nor exec */

#define O_EXEC 0x02000000
#define O_RDONLY 0x04000000
#define O_WRONLY 0x10000000
#define O_RDWR (O_RDONLY | O_WRONLY)
#define O_SEARCH 0x08000000
#define O_ACCMODE (O_EXEC | O_RDWR | O_SEARCH)

#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#define FD_CLOEXEC 1

/* Record locks.  One process holds them all, so every lock is granted
 * and F_GETLK finds no other holder (docs/libc.md). */
#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

struct flock {
	short l_type;
	short l_whence;
	off_t l_start;
	off_t l_len;
	pid_t l_pid;
};

#define AT_FDCWD (-2)
#define AT_EACCESS 0x0
#define AT_SYMLINK_NOFOLLOW 0x1
#define AT_SYMLINK_FOLLOW 0x2
#define AT_REMOVEDIR 0x4

#define POSIX_FADV_NORMAL 0
#define POSIX_FADV_SEQUENTIAL 1
#define POSIX_FADV_RANDOM 2
#define POSIX_FADV_WILLNEED 3
#define POSIX_FADV_DONTNEED 4
#define POSIX_FADV_NOREUSE 5

#ifdef __cplusplus
extern "C" {
#endif

int open(const char *__path, int __flags, ...);
int openat(int __dirfd, const char *__path, int __flags, ...);
int creat(const char *__path, mode_t __mode);
int fcntl(int __fd, int __cmd, ...);
int posix_fadvise(int __fd, off_t __offset, off_t __len, int __advice);
int posix_fallocate(int __fd, off_t __offset, off_t __len);

/* off_t is 64-bit already: the *64 names are the same functions. */
int creat64(const char *__path, mode_t __mode);
#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define open64 open
#define openat64 openat
#define posix_fadvise64 posix_fadvise
#define posix_fallocate64 posix_fallocate
#define flock64 flock
#define F_GETLK64 F_GETLK
#define F_SETLK64 F_SETLK
#define F_SETLKW64 F_SETLKW
#endif

#ifdef __cplusplus
}
#endif

#endif
