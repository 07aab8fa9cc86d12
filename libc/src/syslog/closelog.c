#include <syslog.h>

#include "w64_syslog.h"

/* No connection to close; the identity is forgotten, the options stay
 * (as glibc and musl keep them). */
void closelog(void)
{
	__w64_syslog.ident = 0;
}
