#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_signal.h"

/* sigsuspend with the current mask: see there (an alarm, else EDEADLK). */
int pause(void)
{
	sigset_t mask = {__w64_sigmask};
	return sigsuspend(&mask);
}
