#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_uname.h"

/* uname's fixed answer; ENAMETOOLONG when it does not fit with its NUL. */
int getdomainname(char *name, size_t len)
{
	if (len < sizeof W64_DOMAINNAME)
		return __w64_set_errno(ENAMETOOLONG);
	memcpy(name, W64_DOMAINNAME, sizeof W64_DOMAINNAME);
	return 0;
}
