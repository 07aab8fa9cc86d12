#include <errno.h>
#include <signal.h>

#include "w64_errno.h"
#include "w64_signal.h"

/* The handlers raise() calls; shared with it and with abort(). */
void (*__w64_signal_handlers[NSIG])(int);

void (*signal(int sig, void (*handler)(int)))(int)
{
	if (sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP || handler == SIG_ERR) {
		__w64_set_errno(EINVAL);
		return SIG_ERR;
	}
	void (*old)(int) = __w64_signal_handlers[sig];
	__w64_signal_handlers[sig] = handler;
	return old;
}

/* abort(): a handler for SIGABRT runs first (C11 7.22.4.1); if it
 * returns, abort goes on and ends the program. */
void __w64_abort_handler(void)
{
	void (*h)(int) = __w64_signal_handlers[SIGABRT];
	if (h != SIG_DFL && h != SIG_IGN) {
		__w64_signal_handlers[SIGABRT] = SIG_DFL;
		h(SIGABRT);
	}
}
