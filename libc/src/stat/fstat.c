#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_stat.h"

int fstat(int fd, struct stat *st)
{
	struct __w64_filestat fs;
	int err = __w64_host_fd_filestat_get(fd, &fs);

	if (err != 0)
		return __w64_set_errno(err);
	__w64_stat_from(st, &fs);
	return 0;
}
