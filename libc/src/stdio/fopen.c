#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_stdio.h"

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	unsigned file_flags;
	int flags = __w64_fopen_flags(mode, &file_flags);
	if (flags < 0)
		return NULL;
	int fd = open(path, flags, 0666);
	if (fd < 0)
		return NULL;
	FILE *f = __w64_file_new(fd, file_flags);
	if (f == NULL) {
		close(fd);
		__w64_set_errno(ENOMEM);
	}
	return f;
}
