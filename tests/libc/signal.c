/*
 * signal and raise, strsignal, and what WASI cannot do: system() and
 * getpid().  With an argument the program ends by a signal instead
 * (tests/30-libc.bats checks the message and the exit status):
 *
 *   signal abort        raise(SIGABRT), default action
 *   signal term         raise(SIGTERM), default action
 *   signal handler      abort() with a SIGABRT handler installed
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static volatile sig_atomic_t last_signal, calls;

static void handler(int sig)
{
	last_signal = sig;
	calls++;
}

static void abort_handler(int sig)
{
	(void)sig;
	/* Runs, and then abort() still ends the program. */
	write(STDERR_FILENO, "handler ran\n", 12);
}

static int end_by_signal(const char *how)
{
	if (strcmp(how, "abort") == 0)
		raise(SIGABRT);
	else if (strcmp(how, "term") == 0)
		raise(SIGTERM);
	else if (strcmp(how, "handler") == 0 && signal(SIGABRT, abort_handler) == SIG_DFL)
		abort();
	return 99; /* not reached */
}

int main(int argc, char **argv)
{
	if (argc > 1)
		return end_by_signal(argv[1]);

	/* In wasm the first function whose address is taken is table index
	 * 1: SIG_IGN must not be that (tests/30-libc.bats also runs
	 * abort() with a handler that is the only such function). */
	CHECK(SIG_IGN != (void (*)(int))1 && SIG_IGN != SIG_DFL && SIG_IGN != SIG_ERR);
	CHECK((void (*)(int))handler != SIG_IGN && (void (*)(int))abort_handler != SIG_IGN);

	/* A handler: signal returns the previous one, raise calls it. */
	CHECK(signal(SIGUSR1, handler) == SIG_DFL);
	CHECK(raise(SIGUSR1) == 0 && last_signal == SIGUSR1 && calls == 1);
	CHECK(signal(SIGINT, handler) == SIG_DFL && raise(SIGINT) == 0 && last_signal == SIGINT);
	CHECK(signal(SIGUSR1, SIG_IGN) == handler);
	CHECK(raise(SIGUSR1) == 0 && calls == 2);
	CHECK(signal(SIGUSR1, SIG_DFL) == SIG_IGN);
	/* Ignored by default. */
	CHECK(raise(SIGCHLD) == 0 && raise(SIGWINCH) == 0 && raise(SIGURG) == 0);
	/* Errors. */
	errno = 0;
	CHECK(signal(SIGKILL, handler) == SIG_ERR && errno == EINVAL);
	errno = 0;
	CHECK(signal(SIGSTOP, SIG_IGN) == SIG_ERR && errno == EINVAL);
	errno = 0;
	CHECK(signal(0, handler) == SIG_ERR && errno == EINVAL);
	errno = 0;
	CHECK(signal(NSIG, handler) == SIG_ERR && errno == EINVAL);
	errno = 0;
	CHECK(raise(0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(raise(NSIG) == -1 && errno == EINVAL);
	/* A handler may be set for SIGABRT and then put back. */
	CHECK(signal(SIGABRT, handler) == SIG_DFL && raise(SIGABRT) == 0 && last_signal == SIGABRT);
	CHECK(signal(SIGABRT, SIG_DFL) == handler);

	CHECK(strcmp(strsignal(SIGABRT), "Aborted") == 0);
	CHECK(strcmp(strsignal(SIGTERM), "Terminated") == 0);
	CHECK(strcmp(strsignal(SIGSEGV), "Segmentation fault") == 0);
	CHECK(strcmp(strsignal(SIGINT), "Interrupt") == 0);
	CHECK(strncmp(strsignal(99), "Unknown signal", 14) == 0);

	/* No command processor: system(NULL) says so, a command fails. */
	CHECK(system(NULL) == 0);
	errno = 0;
	CHECK(system("echo hi") == -1 && errno == ENOSYS);
	CHECK(getpid() == 1);
	return check_summary();
}
