#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_uname.h"

/* uname's fixed answer; ENAMETOOLONG when it does not fit with its NUL. */
int gethostname(char *name, size_t len)
{
	if (len < sizeof W64_NODENAME)
		return __w64_set_errno(ENAMETOOLONG);
	memcpy(name, W64_NODENAME, sizeof W64_NODENAME);
	return 0;
}
