#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_signal.h"

/* signal.c's table; when signal() is never called, every signal keeps
 * its default action. */
__attribute__((weak)) void (*__w64_signal_handlers[NSIG])(int);

/* Default actions: these are ignored (or would stop the process, which
 * cannot be done here); every other signal terminates. */
static int ignored_by_default(int sig)
{
	return sig == SIGCHLD || sig == SIGCONT || sig == SIGURG || sig == SIGWINCH ||
	       sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

int raise(int sig)
{
	if (sig <= 0 || sig >= NSIG)
		return __w64_set_errno(EINVAL);
	void (*h)(int) = __w64_signal_handlers[sig];
	if (h == SIG_IGN || (h == SIG_DFL && ignored_by_default(sig)))
		return 0;
	if (h != SIG_DFL) {
		h(sig);
		return 0;
	}
	/* One write, like a shell's report of how the process ended. */
	const char *name = __w64_signal_name(sig);
	char msg[64];
	size_t n = strlen(name);
	memcpy(msg, name, n);
	msg[n++] = '\n';
	write(STDERR_FILENO, msg, n);
	if (sig == SIGABRT)
		abort();
	_Exit(128 + sig);
}
