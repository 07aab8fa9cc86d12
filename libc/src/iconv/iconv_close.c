#include <errno.h>
#include <iconv.h>
#include <stdlib.h>

#include "w64_errno.h"

int iconv_close(iconv_t cd)
{
	if (cd == NULL || cd == (iconv_t)-1)
		return __w64_set_errno(EBADF);
	free(cd);
	return 0;
}
