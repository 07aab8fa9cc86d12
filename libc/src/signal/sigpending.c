#include <signal.h>

#include "w64_signal.h"

int sigpending(sigset_t *set)
{
	set->__bits = __w64_sigpending;
	return 0;
}
