#include <syslog.h>

#include "w64_syslog.h"

/* No connection to close; the identity and options are forgotten. */
void closelog(void)
{
	__w64_syslog.ident = 0;
	__w64_syslog.options = 0;
}
