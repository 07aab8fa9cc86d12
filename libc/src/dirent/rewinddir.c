#include "w64_dir.h"

void rewinddir(DIR *d)
{
	d->cookie = 0;
	d->len = d->pos = 0;
	d->at_end = 0;
}
