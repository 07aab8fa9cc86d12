/*
 * poll, select and pselect over poll_oneoff, and ioctl's FIONREAD.
 * Without an argument: what needs no particular stdin.  With one, stdin
 * is set up by tests/41-libc-posix.bats:
 *
 *   poll ready   stdin holds "hello\n" (a pipe)
 *   poll wait    stdin is a pipe that stays empty for a second or more
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static volatile sig_atomic_t got_usr1;
static void on_usr1(int sig)
{
	(void)sig;
	got_usr1++;
}

static void test_general(void)
{
	/* No descriptors: a sleep. */
	double t0 = now();
	CHECK(poll(NULL, 0, 50) == 0 && now() - t0 >= 0.049);
	/* Nothing to wait for and no timeout: it would never return. */
	errno = 0;
	CHECK(poll(NULL, 0, -1) == -1 && errno == EDEADLK);

	/* stdout can be written; a closed fd is POLLNVAL; fd < 0 is skipped. */
	struct pollfd p[3] = {{1, POLLOUT, 7}, {99, POLLIN, 7}, {-1, POLLIN, 7}};
	CHECK(poll(p, 3, 1000) == 2);
	CHECK((p[0].revents & POLLOUT) && p[1].revents == POLLNVAL && p[2].revents == 0);

	fd_set r, w, e;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_ZERO(&e);
	CHECK(!FD_ISSET(1, &w));
	FD_SET(1, &w);
	FD_SET(1, &e);
	CHECK(FD_ISSET(1, &w));
	struct timeval tv = {1, 0};
	CHECK(select(2, &r, &w, &e, &tv) == 1 && FD_ISSET(1, &w) && !FD_ISSET(1, &e));
	FD_CLR(1, &w);
	CHECK(!FD_ISSET(1, &w));
	/* select fails on a closed descriptor (EBADF), and on bad times. */
	FD_ZERO(&r);
	FD_SET(99, &r);
	errno = 0;
	CHECK(select(100, &r, NULL, NULL, &tv) == -1 && errno == EBADF);
	tv.tv_usec = 1000000;
	errno = 0;
	CHECK(select(0, NULL, NULL, NULL, &tv) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(select(-1, NULL, NULL, NULL, NULL) == -1 && errno == EINVAL);
	/* select with no sets: a sleep. */
	tv.tv_sec = 0;
	tv.tv_usec = 30000;
	t0 = now();
	CHECK(select(0, NULL, NULL, NULL, &tv) == 0 && now() - t0 >= 0.029);

	/* pselect: a pending signal its mask unblocks comes first (EINTR). */
	signal(SIGUSR1, on_usr1);
	sigset_t block, none;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigemptyset(&none);
	sigprocmask(SIG_BLOCK, &block, NULL);
	raise(SIGUSR1);
	CHECK(got_usr1 == 0);
	struct timespec ts = {5, 0};
	errno = 0;
	CHECK(pselect(0, NULL, NULL, NULL, &ts, &none) == -1 && errno == EINTR && got_usr1 == 1);
	sigset_t cur;
	sigprocmask(SIG_SETMASK, NULL, &cur);
	CHECK(sigismember(&cur, SIGUSR1)); /* the old mask is back */
	ts.tv_sec = 0;
	ts.tv_nsec = 20000000;
	t0 = now();
	CHECK(pselect(0, NULL, NULL, NULL, &ts, &none) == 0 && now() - t0 >= 0.019);

	int n = -1;
	errno = 0;
	CHECK(ioctl(99, FIONREAD, &n) == -1 && errno == EBADF);
	struct winsize ws;
	errno = 0;
	CHECK(ioctl(1, TIOCGWINSZ, &ws) == -1 && errno == ENOTTY);
	errno = 0;
	CHECK(ioctl(1, 0x1234, &n) == -1 && errno == ENOTTY);
}

static void test_ready(void)
{
	/* The writer on the pipe's other end may not have run yet: wait for
	 * it first (its one write puts all six bytes in at once). */
	struct pollfd p = {0, POLLIN, 0};
	CHECK(poll(&p, 1, 10000) == 1 && (p.revents & POLLIN));
	int n = -1;
	CHECK(ioctl(0, FIONREAD, &n) == 0 && n == 6);
	p.revents = 0;
	CHECK(poll(&p, 1, 0) == 1 && (p.revents & POLLIN));
	fd_set r;
	FD_ZERO(&r);
	FD_SET(0, &r);
	struct timeval tv = {0, 0};
	CHECK(select(1, &r, NULL, NULL, &tv) == 1 && FD_ISSET(0, &r));
	char buf[8];
	CHECK(read(0, buf, sizeof buf) == 6 && memcmp(buf, "hello\n", 6) == 0);
	CHECK(ioctl(0, FIONREAD, &n) == 0 && n == 0);
}

static void test_wait(void)
{
	int n = -1;
	CHECK(ioctl(0, FIONREAD, &n) == 0 && n == 0);
	struct pollfd p = {0, POLLIN, 7};
	double t0 = now();
	CHECK(poll(&p, 1, 0) == 0 && p.revents == 0);
	CHECK(poll(&p, 1, 200) == 0 && p.revents == 0);
	double waited = now() - t0;
	CHECK(waited >= 0.19 && waited < 0.9);
	fd_set r;
	FD_ZERO(&r);
	FD_SET(0, &r);
	struct timeval tv = {0, 100000};
	t0 = now();
	CHECK(select(1, &r, NULL, NULL, &tv) == 0 && !FD_ISSET(0, &r) && now() - t0 >= 0.099);
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "ready") == 0)
		test_ready();
	else if (argc > 1 && strcmp(argv[1], "wait") == 0)
		test_wait();
	else
		test_general();
	return check_summary();
}
