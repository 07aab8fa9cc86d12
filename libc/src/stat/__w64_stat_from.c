#include <sys/stat.h>

#include "w64_host.h"
#include "w64_stat.h"

static struct timespec ts_of(uint64_t ns)
{
	return (struct timespec){.tv_sec = (time_t)(ns / 1000000000u), .tv_nsec = (long)(ns % 1000000000u)};
}

/*
 * WASI gives the type of a file but no permission bits and no owner:
 * st_mode holds the S_IF* type only, st_uid and st_gid are 0.
 */
void __w64_stat_from(struct stat *st, const struct __w64_filestat *fs)
{
	static const mode_t types[] = {
		[W64_FILETYPE_UNKNOWN] = 0,
		[W64_FILETYPE_BLOCK_DEVICE] = S_IFBLK,
		[W64_FILETYPE_CHARACTER_DEVICE] = S_IFCHR,
		[W64_FILETYPE_DIRECTORY] = S_IFDIR,
		[W64_FILETYPE_REGULAR_FILE] = S_IFREG,
		[W64_FILETYPE_SOCKET_DGRAM] = S_IFSOCK,
		[W64_FILETYPE_SOCKET_STREAM] = S_IFSOCK,
		[W64_FILETYPE_SYMBOLIC_LINK] = S_IFLNK,
	};
	*st = (struct stat){0};
	st->st_dev = fs->dev;
	st->st_ino = fs->ino;
	st->st_nlink = fs->nlink;
	st->st_mode = fs->filetype < sizeof types / sizeof types[0] ? types[fs->filetype] : 0;
	st->st_size = (off_t)fs->size;
	st->st_blksize = 512;
	st->st_blocks = (blkcnt_t)((fs->size + 511) / 512);
	st->st_atim = ts_of(fs->atim);
	st->st_mtim = ts_of(fs->mtim);
	st->st_ctim = ts_of(fs->ctim);
}
