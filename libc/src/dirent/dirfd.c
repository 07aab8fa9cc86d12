#include "w64_dir.h"

int dirfd(DIR *d)
{
	return d->fd;
}
