#include <errno.h>
#include <stdlib.h>

#include "w64_dir.h"
#include "w64_errno.h"
#include "w64_host.h"

#define W64_DIR_BUF 4096

DIR *fdopendir(int fd)
{
	struct __w64_filestat st;
	int err = __w64_host_fd_filestat_get(fd, &st);
	if (err == 0 && st.filetype != W64_FILETYPE_DIRECTORY)
		err = ENOTDIR;
	if (err != 0) {
		__w64_set_errno(err);
		return NULL;
	}
	DIR *d = malloc(sizeof *d);
	unsigned char *buf = malloc(W64_DIR_BUF);
	if (d == NULL || buf == NULL) {
		free(d);
		free(buf);
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	*d = (DIR){.fd = fd, .buf = buf, .cap = W64_DIR_BUF};
	return d;
}
