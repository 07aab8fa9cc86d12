#include "w64_dir.h"

/* The position is the host's cookie for the next entry. */
long telldir(DIR *d)
{
	return (long)d->cookie;
}
