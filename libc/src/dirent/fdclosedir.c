#include <stdlib.h>

#include "w64_dir.h"

/* The stream goes, its descriptor stays open and is returned. */
int fdclosedir(DIR *d)
{
	int fd = d->fd;
	free(d->buf);
	free(d);
	return fd;
}
