#include <errno.h>
#include <nl_types.h>

#include "w64_errno.h"

/* No catalogs are read: there is no locale beyond "C" and "C.UTF-8" for
 * them to translate into.  ENOTSUP, as wasi-libc answers; programs then
 * use the texts they pass catgets. */
nl_catd catopen(const char *name, int flag)
{
	(void)name;
	(void)flag;
	__w64_set_errno(ENOTSUP);
	return (nl_catd)-1;
}
