#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "w64_signal.h"

struct sigaction __w64_sigactions[NSIG];
uint64_t __w64_sigmask, __w64_sigpending;

/* Default actions: these are ignored (or would stop the process, which
 * cannot be done here); every other signal terminates. */
static int ignored_by_default(int sig)
{
	return sig == SIGCHLD || sig == SIGCONT || sig == SIGURG || sig == SIGWINCH ||
	       sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

static void call_handler(int sig, const struct sigaction *sa)
{
	if (sa->sa_flags & SA_SIGINFO) {
		siginfo_t info;
		memset(&info, 0, sizeof info);
		info.si_signo = sig;
		info.si_code = SI_USER;
		info.si_pid = getpid();
		sa->sa_sigaction(sig, &info, NULL);
	} else {
		sa->sa_handler(sig);
	}
}

static void terminate(int sig)
{
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

void __w64_signal_deliver(int sig)
{
	struct sigaction sa = __w64_sigactions[sig];
	if (sa.sa_handler == SIG_IGN || (sa.sa_handler == SIG_DFL && ignored_by_default(sig)))
		return;
	if (sa.sa_handler == SIG_DFL)
		terminate(sig);
	if (sa.sa_flags & SA_RESETHAND) {
		__w64_sigactions[sig].sa_handler = SIG_DFL;
		__w64_sigactions[sig].sa_flags &= ~SA_SIGINFO;
	}
	/* While the handler runs, its signal (unless SA_NODEFER) and the
	 * action's mask are blocked; what they held back comes after. */
	uint64_t saved = __w64_sigmask;
	uint64_t block = sa.sa_mask.__bits | ((sa.sa_flags & SA_NODEFER) ? 0 : W64_SIGBIT(sig));
	__w64_sigmask = (saved | block) & W64_SIGALL & ~W64_SIGUNBLOCKABLE;
	call_handler(sig, &sa);
	__w64_signal_setmask(saved);
}

int __w64_signal_setmask(uint64_t mask)
{
	int delivered = 0;
	__w64_sigmask = mask & W64_SIGALL & ~W64_SIGUNBLOCKABLE;
	for (int sig = 1; sig < NSIG; sig++) {
		uint64_t bit = W64_SIGBIT(sig);
		if ((__w64_sigpending & bit) && !(__w64_sigmask & bit)) {
			__w64_sigpending &= ~bit;
			__w64_signal_deliver(sig);
			delivered++;
		}
	}
	return delivered;
}

/* abort(): a handler for SIGABRT runs first (C11 7.22.4.1), whatever
 * the mask; if it returns, abort goes on and ends the program. */
void __w64_abort_handler(void)
{
	struct sigaction sa = __w64_sigactions[SIGABRT];
	if (sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN) {
		__w64_sigactions[SIGABRT].sa_handler = SIG_DFL;
		__w64_sigactions[SIGABRT].sa_flags = 0;
		call_handler(SIGABRT, &sa);
	}
}
