#include <string.h>
#include <sys/utsname.h>

#include "w64_uname.h"

int uname(struct utsname *buf)
{
	memset(buf, 0, sizeof *buf);
	strcpy(buf->sysname, W64_SYSNAME);
	strcpy(buf->nodename, W64_NODENAME);
	strcpy(buf->release, W64_RELEASE);
	strcpy(buf->version, W64_VERSION);
	strcpy(buf->machine, W64_MACHINE);
	strcpy(buf->domainname, W64_DOMAINNAME);
	return 0;
}
