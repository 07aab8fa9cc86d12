/* The older name of <syslog.h>. */
#include <syslog.h>
