#include <fcntl.h>

#include "w64_host.h"
#include "w64_path.h"

/*
 * The rights asked for decide how the host opens the file (docs/
 * runtime-wasi.md): any of fd_write, fd_allocate or fd_filestat_set_size
 * means writing, fd_read or fd_readdir reading.  Everything else is asked
 * for in full, and the host keeps what applies to what it opened.  The
 * inheriting rights are all of them, so a directory opened here can open
 * files in turn.
 */
#define WRITE_RIGHTS (W64_RIGHT(FD_WRITE) | W64_RIGHT(FD_ALLOCATE) | W64_RIGHT(FD_FILESTAT_SET_SIZE))
#define READ_RIGHTS (W64_RIGHT(FD_READ) | W64_RIGHT(FD_READDIR))

void __w64_open_args(int flags, unsigned *lookup, unsigned *oflags, unsigned *fdflags,
		     uint64_t *rights)
{
	/* fcntl.h's flags carry WASI's: fdflags in the low bits, oflags
	 * shifted by 12. */
	*oflags = ((unsigned)flags >> 12) & 0xf;
	*fdflags = (unsigned)flags & 0x1f;
	*lookup = (flags & O_NOFOLLOW) ? 0 : W64_LOOKUPFLAGS_SYMLINK_FOLLOW;
	int acc = flags & O_ACCMODE;
	if ((acc & O_RDWR) == O_RDWR)
		*rights = W64_RIGHTS_ALL;
	else if (acc & O_WRONLY)
		*rights = W64_RIGHTS_ALL & ~READ_RIGHTS;
	else
		*rights = W64_RIGHTS_ALL & ~WRITE_RIGHTS; /* O_RDONLY, O_SEARCH, O_EXEC, 0 */
}
