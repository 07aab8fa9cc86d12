#include "w64_dir.h"

void seekdir(DIR *d, long pos)
{
	d->cookie = (uint64_t)pos;
	d->len = d->pos = 0;
	d->at_end = 0;
}
