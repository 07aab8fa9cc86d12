/* sigwait, sigwaitinfo, sigtimedwait, sigaltstack; syslog with and
 * without LOG_PERROR; printf's %m. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <sys/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static volatile int handled;
static void on_usr1(int sig) { handled = sig; }

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void waits(void)
{
	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGUSR2);
	CHECK(sigprocmask(SIG_BLOCK, &set, &old) == 0);
	signal(SIGUSR1, on_usr1);

	/* Raised while blocked: pending, then taken by sigwait, lowest
	 * first, without running the handler. */
	raise(SIGUSR2);
	raise(SIGUSR1);
	int sig = 0;
	CHECK(sigwait(&set, &sig) == 0 && sig == SIGUSR1);
	CHECK(sigwait(&set, &sig) == 0 && sig == SIGUSR2);
	CHECK(handled == 0);
	sigset_t pending;
	CHECK(sigpending(&pending) == 0 && !sigismember(&pending, SIGUSR1));

	/* Nothing pending and nothing that could come: an error, not a hang. */
	CHECK(sigwait(&set, &sig) == EDEADLK);
	errno = 0;
	CHECK(sigwaitinfo(&set, NULL) == -1 && errno == EDEADLK);

	raise(SIGUSR2);
	siginfo_t info;
	memset(&info, 0xff, sizeof info);
	CHECK(sigwaitinfo(&set, &info) == SIGUSR2 && info.si_signo == SIGUSR2 && info.si_code == SI_USER);

	/* A timeout passes, then EAGAIN. */
	struct timespec ts = {0, 30 * 1000 * 1000};
	double t0 = now();
	errno = 0;
	CHECK(sigtimedwait(&set, NULL, &ts) == -1 && errno == EAGAIN);
	CHECK(now() - t0 >= 0.025);
	struct timespec bad = {0, 1000000000L};
	errno = 0;
	CHECK(sigtimedwait(&set, NULL, &bad) == -1 && errno == EINVAL);

	/* A blocked SIGALRM from alarm() is waited for and taken. */
	sigset_t alrm;
	sigemptyset(&alrm);
	sigaddset(&alrm, SIGALRM);
	CHECK(sigprocmask(SIG_BLOCK, &alrm, NULL) == 0);
	alarm(1);
	t0 = now();
	CHECK(sigwait(&alrm, &sig) == 0 && sig == SIGALRM);
	CHECK(now() - t0 >= 0.9);
	CHECK(alarm(0) == 0);

	/* An alarm outside the set, not blocked: its handler runs at its
	 * time and interrupts sigtimedwait (EINTR); sigwait waits on. */
	CHECK(sigprocmask(SIG_UNBLOCK, &alrm, NULL) == 0);
	signal(SIGALRM, on_usr1);
	handled = 0;
	alarm(1);
	struct timespec five = {5, 0};
	t0 = now();
	errno = 0;
	CHECK(sigtimedwait(&set, NULL, &five) == -1 && errno == EINTR);
	CHECK(handled == SIGALRM && now() - t0 >= 0.9 && now() - t0 < 4);
	/* A huge timeout is no timeout at all, not a wrapped-around short one. */
	struct timespec huge = {(time_t)1 << 62, 0};
	raise(SIGUSR2);
	CHECK(sigtimedwait(&set, NULL, &huge) == SIGUSR2);

	CHECK(sigprocmask(SIG_SETMASK, &old, NULL) == 0);
	handled = 0;
	raise(SIGUSR1);
	CHECK(handled == SIGUSR1);
}

static void altstack(void)
{
	static char stack[SIGSTKSZ];
	stack_t ss = {.ss_sp = stack, .ss_size = sizeof stack, .ss_flags = 0}, old;
	CHECK(sigaltstack(NULL, &old) == 0 && (old.ss_flags & SS_DISABLE));
	CHECK(sigaltstack(&ss, NULL) == 0);
	CHECK(sigaltstack(NULL, &old) == 0 && old.ss_sp == stack && old.ss_size == sizeof stack &&
	      old.ss_flags == 0);
	stack_t small = {.ss_sp = stack, .ss_size = MINSIGSTKSZ - 1, .ss_flags = 0};
	errno = 0;
	CHECK(sigaltstack(&small, NULL) == -1 && errno == ENOMEM);
	stack_t off = {.ss_flags = SS_DISABLE};
	CHECK(sigaltstack(&off, &old) == 0 && old.ss_sp == stack);
	CHECK(sigaltstack(NULL, &old) == 0 && (old.ss_flags & SS_DISABLE));
}

/* stderr reopened on a file, to read what syslog wrote there (last:
 * stderr stays there). */
static void logs(void)
{
	const char *path = "/tmp/siglog.txt";
	CHECK(freopen(path, "w+", stderr) == stderr);

	syslog(LOG_ERR, "dropped: no logger and no LOG_PERROR");
	openlog("w64test", LOG_PERROR | LOG_PID, LOG_DAEMON);
	errno = ENOENT;
	syslog(LOG_WARNING, "n=%d %m", 7);
	CHECK(errno == ENOENT);
	CHECK(setlogmask(LOG_UPTO(LOG_NOTICE)) == 0xff);
	syslog(LOG_DEBUG, "masked out");
	CHECK(setlogmask(0) == LOG_UPTO(LOG_NOTICE));
	closelog();
	openlog("w64test", LOG_PERROR, 0);
	syslog(LOG_NOTICE | LOG_LOCAL0, "plain\n"); /* its own newline: no second one */
	closelog(); /* the name goes, LOG_PERROR stays */
	syslog(LOG_ERR, "after");
	fflush(stderr);

	char buf[256] = "";
	ssize_t n = pread(fileno(stderr), buf, sizeof buf - 1, 0);
	CHECK(n > 0);
	char expect[128];
	snprintf(expect, sizeof expect, "w64test[%d]: n=7 No such file or directory\nw64test: plain\n%s: after\n",
		 (int)getpid(), program_invocation_short_name);
	CHECK(strcmp(buf, expect) == 0);
	unlink(path);
}

static void printf_m(void)
{
	char m[64];
	errno = EACCES;
	CHECK(snprintf(m, sizeof m, "[%m|%.4m|%20m]") > 0 &&
	      strcmp(m, "[Permission denied|Perm|   Permission denied]") == 0);
	/* A '*' width on the first conversion, which takes no argument. */
	errno = EACCES;
	CHECK(snprintf(m, sizeof m, "[%*m]", 18) == 20 && strcmp(m, "[ Permission denied]") == 0);
	/* Positions after a plain conversion: refused, not read past. */
	const char *mixed = "%d %2$d";
	errno = 0;
	CHECK(snprintf(m, sizeof m, mixed, 1, 2) == -1 && errno == EINVAL);
	/* size_t and ptrdiff_t widths (32 bits on wasm32). */
	CHECK(snprintf(m, sizeof m, "%zd %td %tx", (ssize_t)-1, (ptrdiff_t)-2, (ptrdiff_t)-1) > 0 &&
	      strcmp(m, sizeof(ptrdiff_t) == 8 ? "-1 -2 ffffffffffffffff" : "-1 -2 ffffffff") == 0);
}

int main(void)
{
	waits();
	altstack();
	printf_m();
	logs();
	return check_summary();
}
