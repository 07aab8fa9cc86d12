#include <syslog.h>

#include "w64_syslog.h"

struct __w64_syslog __w64_syslog = {.ident = 0, .options = 0, .facility = LOG_USER, .mask = 0xff};

void openlog(const char *ident, int options, int facility)
{
	__w64_syslog.ident = ident;
	__w64_syslog.options = options;
	if (facility != 0)
		__w64_syslog.facility = facility & LOG_FACMASK;
}
