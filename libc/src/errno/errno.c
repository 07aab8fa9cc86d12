#include <errno.h>

#include "w64_errno.h"

int errno;

int __w64_set_errno(int err)
{
	errno = err;
	return -1;
}
