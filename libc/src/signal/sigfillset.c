#include <signal.h>

#include "w64_signal.h"

int sigfillset(sigset_t *set)
{
	set->__bits = W64_SIGALL;
	return 0;
}
