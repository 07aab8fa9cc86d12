#include <sys/stat.h>
#include <unistd.h>

#include "w64_stat.h"

int fchown(int fd, uid_t owner, gid_t group)
{
	struct stat st;

	if (fstat(fd, &st) != 0)
		return -1;
	return __w64_chown_check(&st, owner, group);
}
