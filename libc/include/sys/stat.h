/*
 * sys/stat.h: struct stat, the mode bits, stat, fstat, mkdir, chmod,
 * utimensat...  The file-type bits follow Linux's values, derived from
 * WASI's filetype.  WASI has no permission bits: st_mode shows fixed ones
 * for each type (0755 for a directory, 0644 for a file, 0777 for a
 * symbolic link, 0666 for anything else), which chmod cannot change.
 */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <bits/types.h>

#define __NEED_dev_t
#define __NEED_ino_t
#define __NEED_mode_t
#define __NEED_nlink_t
#define __NEED_uid_t
#define __NEED_gid_t
#define __NEED_off_t
#define __NEED_blksize_t
#define __NEED_blkcnt_t
#define __NEED_time_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

struct stat {
	dev_t st_dev;
	ino_t st_ino;
	nlink_t st_nlink;
	mode_t st_mode;
	uid_t st_uid;
	gid_t st_gid;
	dev_t st_rdev;
	off_t st_size;
	blksize_t st_blksize;
	blkcnt_t st_blocks;
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
};

/* The POSIX.1-2008 spellings of the seconds fields. */
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

#define S_IFMT 0170000
#define S_IFSOCK 0140000
#define S_IFLNK 0120000
#define S_IFREG 0100000
#define S_IFBLK 0060000
#define S_IFDIR 0040000
#define S_IFCHR 0020000
#define S_IFIFO 0010000

#define S_ISSOCK(m) (((m) & S_IFMT) == S_IFSOCK)
#define S_ISLNK(m) (((m) & S_IFMT) == S_IFLNK)
#define S_ISREG(m) (((m) & S_IFMT) == S_IFREG)
#define S_ISBLK(m) (((m) & S_IFMT) == S_IFBLK)
#define S_ISDIR(m) (((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m) (((m) & S_IFMT) == S_IFCHR)
#define S_ISFIFO(m) (((m) & S_IFMT) == S_IFIFO)

#define S_ISUID 04000
#define S_ISGID 02000
#define S_ISVTX 01000
#define S_IRWXU 0700
#define S_IRUSR 0400
#define S_IWUSR 0200
#define S_IXUSR 0100
#define S_IRWXG 070
#define S_IRGRP 040
#define S_IWGRP 020
#define S_IXGRP 010
#define S_IRWXO 07
#define S_IROTH 04
#define S_IWOTH 02
#define S_IXOTH 01

#define UTIME_NOW (-1)
#define UTIME_OMIT (-2)

#ifdef __cplusplus
extern "C" {
#endif

int stat(const char *__restrict __path, struct stat *__restrict __st);
int lstat(const char *__restrict __path, struct stat *__restrict __st);
int fstat(int __fd, struct stat *__st);
int fstatat(int __dirfd, const char *__restrict __path, struct stat *__restrict __st, int __flags);
int mkdir(const char *__path, mode_t __mode);
int mkdirat(int __dirfd, const char *__path, mode_t __mode);
int chmod(const char *__path, mode_t __mode);
int fchmod(int __fd, mode_t __mode);
int fchmodat(int __dirfd, const char *__path, mode_t __mode, int __flags);
int utimensat(int __dirfd, const char *__path, const struct timespec __times[2], int __flags);
int futimens(int __fd, const struct timespec __times[2]);

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define stat64 stat
#define fstat64 fstat
#define lstat64 lstat
#define fstatat64 fstatat
#endif

#ifdef __cplusplus
}
#endif

#endif
