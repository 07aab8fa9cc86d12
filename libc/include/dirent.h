/*
 * dirent.h: reading directories (fd_readdir underneath).  Entries come in
 * the host's order and include "." and "..".  d_type is always filled in
 * from WASI's filetype (DT_UNKNOWN when the host does not say).
 */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <bits/types.h>

#define __NEED_ino_t
#include <bits/alltypes.h>

typedef struct __w64_dir DIR;

struct dirent {
	ino_t d_ino;
	unsigned char d_type;
	char d_name[256];
};

/* Linux's values. */
#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12

#ifdef __cplusplus
extern "C" {
#endif

DIR *opendir(const char *__path);
DIR *fdopendir(int __fd);
struct dirent *readdir(DIR *__d);
int closedir(DIR *__d);
void rewinddir(DIR *__d);
long telldir(DIR *__d);
void seekdir(DIR *__d, long __pos);
int dirfd(DIR *__d);

/* A directory relative to dirfd (wasi-libc's); fdclosedir frees the
 * stream and returns its descriptor, still open. */
DIR *opendirat(int __dirfd, const char *__path);
int fdclosedir(DIR *__d);

/* The entries `filter` accepts (all with NULL), each malloc'd, in an
 * array malloc'd, sorted by `compar` (directory order with NULL). */
int scandir(const char *__path, struct dirent ***__namelist,
	    int (*__filter)(const struct dirent *),
	    int (*__compar)(const struct dirent **, const struct dirent **));
int scandirat(int __dirfd, const char *__path, struct dirent ***__namelist,
	      int (*__filter)(const struct dirent *),
	      int (*__compar)(const struct dirent **, const struct dirent **));
int alphasort(const struct dirent **__a, const struct dirent **__b);
int versionsort(const struct dirent **__a, const struct dirent **__b);
int alphasort64(const struct dirent **__a, const struct dirent **__b);
int versionsort64(const struct dirent **__a, const struct dirent **__b);

/* Between d_type and st_mode's type bits. */
#define IFTODT(mode) (((mode) & 0170000) >> 12)
#define DTTOIF(type) ((type) << 12)

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
#define dirent64 dirent
#define readdir64 readdir
#define scandir64 scandir
#define scandirat64 scandirat
#endif

#ifdef __cplusplus
}
#endif

#endif
