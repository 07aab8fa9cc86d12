#include <errno.h>

#include "w64_errno.h"
#include "w64_nameser.h"

int __w64_ns_skipname(const unsigned char *src, const unsigned char *eom)
{
	const unsigned char *p = src;
	while (p < eom) {
		unsigned len = *p;
		if ((len & NS_CMPRSFLGS) == NS_CMPRSFLGS) {
			if (eom - p < 2)
				break;
			return (int)(p + 2 - src);
		}
		/* 0x40 and 0x80 label types are obsolete: not a name. */
		if (len & NS_CMPRSFLGS)
			break;
		if (len == 0)
			return (int)(p + 1 - src);
		if ((unsigned long)(eom - p) < len + 1u)
			break;
		p += len + 1;
	}
	return __w64_set_errno(EMSGSIZE);
}
