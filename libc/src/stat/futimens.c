#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_stat.h"

int futimens(int fd, const struct timespec times[2])
{
	uint64_t atim, mtim;
	unsigned fst;
	int err = __w64_times_args(times, &atim, &mtim, &fst);

	if (err == 0)
		err = __w64_host_fd_filestat_set_times(fd, atim, mtim, fst);
	return err != 0 ? __w64_set_errno(err) : 0;
}
