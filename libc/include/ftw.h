/*
 * ftw.h: walking a file tree.  nftw reports each file to a callback with
 * its stat and type; FTW_PHYS, FTW_MOUNT, FTW_DEPTH and FTW_CHDIR behave
 * as in glibc (docs/libc.md).
 */
#ifndef _FTW_H
#define _FTW_H

#include <sys/stat.h>

/* The callback's type argument. */
#define FTW_F 1   /* a file */
#define FTW_D 2   /* a directory, before its contents */
#define FTW_DNR 3 /* a directory that cannot be read */
#define FTW_NS 4  /* stat failed */
#define FTW_SL 5  /* a symbolic link (FTW_PHYS) */
#define FTW_DP 6  /* a directory, after its contents (FTW_DEPTH) */
#define FTW_SLN 7 /* a symbolic link to nothing */

/* nftw's flags. */
#define FTW_PHYS 1  /* report symbolic links, do not follow them */
#define FTW_MOUNT 2 /* stay on the starting file system */
#define FTW_CHDIR 4 /* call the callback from the file's directory */
#define FTW_DEPTH 8 /* a directory after its contents */

struct FTW {
	int base;  /* where the file's name starts in the path */
	int level; /* depth below the starting point */
};

#ifdef __cplusplus
extern "C" {
#endif

int ftw(const char *__path, int (*__fn)(const char *, const struct stat *, int), int __fd_limit);
int nftw(const char *__path, int (*__fn)(const char *, const struct stat *, int, struct FTW *),
	 int __fd_limit, int __flags);
int nftw64(const char *__path, int (*__fn)(const char *, const struct stat *, int, struct FTW *),
	   int __fd_limit, int __flags);

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define ftw64 ftw
#endif

#ifdef __cplusplus
}
#endif

#endif
