#include <stdlib.h>
#include <unistd.h>

#include "w64_dir.h"

int closedir(DIR *d)
{
	int ret = close(d->fd);
	free(d->buf);
	free(d);
	return ret;
}
