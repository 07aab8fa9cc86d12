#include <sys/stat.h>

#include "w64_host.h"
#include "w64_stat.h"
#include "w64_user.h"

static struct timespec ts_of(uint64_t ns)
{
	return (struct timespec){.tv_sec = (time_t)(ns / 1000000000u), .tv_nsec = (long)(ns % 1000000000u)};
}

/*
 * WASI gives the type of a file but no permission bits and no owner.
 * st_mode shows fixed permissions for each type, the ones a file of that
 * type usually has, so that a program which copies or archives modes, or
 * tests S_IRUSR before reading, sees a usable file rather than mode 0;
 * chmod accepts any mode and changes nothing, so these never contradict
 * it.  Every file belongs to the one user the program runs as (getuid's
 * W64_UID), so a program checking that it owns a file, or chowning it to
 * itself, sees what it would on its own files.
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
	mode_t type = fs->filetype < sizeof types / sizeof types[0] ? types[fs->filetype] : 0;
	mode_t perm = type == S_IFDIR ? 0755 : type == S_IFREG ? 0644 : type == S_IFLNK ? 0777 : 0666;
	st->st_mode = type | perm;
	st->st_uid = W64_UID;
	st->st_gid = W64_GID;
	st->st_size = (off_t)fs->size;
	st->st_blksize = 512;
	st->st_blocks = (blkcnt_t)((fs->size + 511) / 512);
	st->st_atim = ts_of(fs->atim);
	st->st_mtim = ts_of(fs->mtim);
	st->st_ctim = ts_of(fs->ctim);
}
