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

#ifdef __cplusplus
}
#endif

#endif
