#include <errno.h>
#include <sys/stat.h>

#include "w64_errno.h"
#include "w64_stat.h"

int __w64_chown_check(const struct stat *st, uid_t owner, gid_t group)
{
	if ((owner != (uid_t)-1 && owner != st->st_uid) || (group != (gid_t)-1 && group != st->st_gid))
		return __w64_set_errno(EPERM);
	return 0;
}
