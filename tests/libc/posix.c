/*
 * What WASI can and cannot do for a POSIX program, and how each answer
 * reads: system information, processes, users and groups, terminals,
 * dynamic loading, signal masks and actions.  With an argument the
 * program ends another way (tests/41-libc-posix.bats):
 *
 *   posix exit-thread   pthread_exit in main: destructors, then status 0
 *   posix pending-term  SIGTERM raised while blocked, then unblocked
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pthread.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static void test_sysinfo(void)
{
	CHECK(sysconf(_SC_PAGESIZE) == 65536 && getpagesize() == 65536);
	CHECK(sysconf(_SC_NPROCESSORS_ONLN) == 1 && sysconf(_SC_NPROCESSORS_CONF) == 1);
	CHECK(get_nprocs() == 1 && get_nprocs_conf() == 1);
	CHECK(sysconf(_SC_CLK_TCK) == 100 && sysconf(_SC_OPEN_MAX) > 0);
	CHECK(sysconf(_SC_LINE_MAX) == LINE_MAX && sysconf(_SC_HOST_NAME_MAX) == HOST_NAME_MAX);
	CHECK(sysconf(_SC_ARG_MAX) > 0 && sysconf(_SC_IOV_MAX) == IOV_MAX);
	CHECK(sysconf(_SC_VERSION) == 200809L && sysconf(_SC_MONOTONIC_CLOCK) > 0);
	long phys = sysconf(_SC_PHYS_PAGES), avail = sysconf(_SC_AVPHYS_PAGES);
	CHECK(phys > 0 && avail > 0 && avail <= phys && get_phys_pages() == phys);
	CHECK(get_avphys_pages() <= phys);
	errno = 0;
	CHECK(sysconf(_SC_THREADS) == -1 && errno == 0); /* an option it lacks */
	errno = 0;
	CHECK(sysconf(-1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(sysconf(100000) == -1 && errno == EINVAL);

	char buf[64];
	CHECK(confstr(_CS_PATH, buf, sizeof buf) == 14 && strcmp(buf, "/bin:/usr/bin") == 0);
	CHECK(confstr(_CS_PATH, buf, 5) == 14 && strcmp(buf, "/bin") == 0);
	CHECK(confstr(_CS_PATH, NULL, 0) == 14);
	errno = 0;
	CHECK(confstr(12345, buf, sizeof buf) == 0 && errno == EINVAL);

	struct utsname u;
	CHECK(uname(&u) == 0 && strcmp(u.sysname, "wasi") == 0);
	CHECK(strcmp(u.machine, sizeof(void *) == 8 ? "wasm64" : "wasm32") == 0);
	CHECK(strcmp(u.nodename, "localhost") == 0 && strcmp(u.release, "0.0.0") == 0);
	CHECK(gethostname(buf, sizeof buf) == 0 && strcmp(buf, u.nodename) == 0);
	errno = 0;
	CHECK(gethostname(buf, 5) == -1 && errno == ENAMETOOLONG);
	CHECK(getdomainname(buf, sizeof buf) == 0 && strcmp(buf, "(none)") == 0);
	CHECK(gethostid() == 0);

	/* CPU time: getrusage, times and clock agree, and grow with work. */
	struct rusage ru;
	CHECK(getrusage(RUSAGE_SELF, &ru) == 0 && ru.ru_stime.tv_sec == 0 && ru.ru_stime.tv_usec == 0);
	CHECK(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);
	volatile unsigned long spin = 0;
	clock_t c0 = clock();
	while (clock() - c0 < CLOCKS_PER_SEC / 20)
		spin++;
	struct rusage ru2;
	CHECK(getrusage(RUSAGE_SELF, &ru2) == 0);
	long long us1 = ru.ru_utime.tv_sec * 1000000LL + ru.ru_utime.tv_usec;
	long long us2 = ru2.ru_utime.tv_sec * 1000000LL + ru2.ru_utime.tv_usec;
	CHECK(us2 - us1 >= 50000 && us2 >= (long long)c0);
	struct tms t;
	clock_t now = times(&t);
	CHECK(now != (clock_t)-1 && t.tms_utime >= us2 / 10000 - 1 && t.tms_stime == 0);
	CHECK(t.tms_cutime == 0 && t.tms_cstime == 0);
	CHECK(getrusage(RUSAGE_CHILDREN, &ru) == 0 && ru.ru_utime.tv_sec == 0 && ru.ru_utime.tv_usec == 0);
	errno = 0;
	CHECK(getrusage(42, &ru) == -1 && errno == EINVAL);

	struct rlimit rl;
	CHECK(getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur > 0 && rl.rlim_cur <= rl.rlim_max);
	CHECK(getrlimit(RLIMIT_CPU, &rl) == 0 && rl.rlim_cur == RLIM_INFINITY);
	CHECK(getrlimit(RLIMIT_NPROC, &rl) == 0 && rl.rlim_max == 1);
	rl.rlim_cur = rl.rlim_max = 1000;
	CHECK(setrlimit(RLIMIT_CPU, &rl) == 0 && getrlimit(RLIMIT_CPU, &rl) == 0 && rl.rlim_max == 1000);
	rl.rlim_max = 2000;
	errno = 0;
	CHECK(setrlimit(RLIMIT_CPU, &rl) == -1 && errno == EPERM);
	rl.rlim_cur = 3000;
	errno = 0;
	CHECK(setrlimit(RLIMIT_CPU, &rl) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(getrlimit(99, &rl) == -1 && errno == EINVAL);
	CHECK(sched_yield() == 0);
}

static void test_processes(void)
{
	CHECK(getpid() == 1 && getppid() == 0 && getpgrp() == 1);
	CHECK(getpgid(0) == 1 && getpgid(1) == 1 && getsid(0) == 1);
	errno = 0;
	CHECK(getpgid(2) == -1 && errno == ESRCH);
	errno = 0;
	CHECK(setsid() == -1 && errno == EPERM);
	CHECK(setpgid(0, 0) == 0 && setpgid(1, 1) == 0);
	errno = 0;
	CHECK(setpgid(2, 0) == -1 && errno == ESRCH);
	errno = 0;
	CHECK(fork() == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(vfork() == -1 && errno == ENOSYS);
	char *argv[] = {"sh", "-c", "true", NULL};
	char *envp[] = {NULL};
	errno = 0;
	CHECK(execv("/bin/sh", argv) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(execve("/bin/sh", argv, envp) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(execvp("sh", argv) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(execl("/bin/sh", "sh", "-c", "true", (char *)NULL) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(execlp("sh", "sh", (char *)NULL) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(execle("/bin/sh", "sh", (char *)NULL, envp) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(fexecve(0, argv, envp) == -1 && errno == ENOSYS);
	int status = 12345;
	errno = 0;
	CHECK(wait(&status) == -1 && errno == ECHILD && status == 12345);
	errno = 0;
	CHECK(waitpid(-1, &status, WNOHANG) == -1 && errno == ECHILD);
	errno = 0;
	CHECK(waitpid(-1, &status, 0x4000) == -1 && errno == EINVAL);
	CHECK(WIFEXITED(3 << 8) && WEXITSTATUS(3 << 8) == 3 && WIFSIGNALED(9) && WTERMSIG(9) == 9);
	CHECK(system(NULL) == 0);
	errno = 0;
	CHECK(system("true") == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(popen("ls", "r") == NULL && errno == ENOSYS);

	int fds[2] = {-7, -7};
	errno = 0;
	CHECK(pipe(fds) == -1 && errno == ENOSYS && fds[0] == -7);
	errno = 0;
	CHECK(pipe2(fds, O_CLOEXEC) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(dup(1) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(dup(99) == -1 && errno == EBADF);
	CHECK(dup2(1, 1) == 1);
	errno = 0;
	CHECK(dup2(1, 5) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(dup2(99, 1) == -1 && errno == EBADF);
	errno = 0;
	CHECK(dup3(1, 1, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(dup3(1, 5, O_CLOEXEC) == -1 && errno == ENOSYS);

	void *h = dlopen("libm.so", RTLD_NOW);
	CHECK(h == NULL);
	const char *msg = dlerror();
	CHECK(msg != NULL && strcmp(msg, "dynamic loading is not supported on WASI") == 0);
	CHECK(dlerror() == NULL);
	CHECK(dlsym(RTLD_DEFAULT, "printf") == NULL && dlerror() != NULL);
	CHECK(dlclose(NULL) != 0 && dlerror() != NULL);
}

static void test_users(void)
{
	CHECK(getuid() == 1000 && geteuid() == 1000 && getgid() == 1000 && getegid() == 1000);
	CHECK(setuid(1000) == 0 && seteuid(1000) == 0 && setgid(1000) == 0 && setegid(1000) == 0);
	errno = 0;
	CHECK(setuid(0) == -1 && errno == EPERM);
	errno = 0;
	CHECK(setgid(0) == -1 && errno == EPERM);
	CHECK(setreuid((uid_t)-1, 1000) == 0);
	errno = 0;
	CHECK(setreuid(0, (uid_t)-1) == -1 && errno == EPERM);
	gid_t groups[4];
	CHECK(getgroups(0, NULL) == 1 && getgroups(4, groups) == 1 && groups[0] == 1000);

	struct passwd *pw = getpwuid(1000);
	CHECK(pw != NULL && strcmp(pw->pw_name, "user") == 0 && pw->pw_uid == 1000 && pw->pw_gid == 1000);
	CHECK(pw != NULL && strcmp(pw->pw_dir, "/home/w64") == 0); /* $HOME */
	pw = getpwnam("user");
	CHECK(pw != NULL && pw->pw_uid == 1000);
	errno = 0;
	CHECK(getpwuid(0) == NULL && getpwnam("root") == NULL && errno == 0);
	struct passwd pwd, *res = &pwd;
	char small[8], big[512];
	CHECK(getpwuid_r(1000, &pwd, small, sizeof small, &res) == ERANGE && res == NULL);
	CHECK(getpwnam_r("user", &pwd, big, sizeof big, &res) == 0 && res == &pwd);
	CHECK(getpwnam_r("nobody", &pwd, big, sizeof big, &res) == 0 && res == NULL);

	struct group *gr = getgrgid(1000);
	CHECK(gr != NULL && strcmp(gr->gr_name, "user") == 0 && gr->gr_gid == 1000);
	CHECK(gr != NULL && strcmp(gr->gr_mem[0], "user") == 0 && gr->gr_mem[1] == NULL);
	CHECK(getgrnam("user") != NULL && getgrnam("wheel") == NULL && getgrgid(0) == NULL);
	struct group grp, *gres;
	CHECK(getgrgid_r(1000, &grp, small, sizeof small, &gres) == ERANGE && gres == NULL);
	CHECK(getgrnam_r("user", &grp, big + 1, sizeof big - 1, &gres) == 0 && gres == &grp);
	CHECK(strcmp(grp.gr_mem[0], "user") == 0);

	CHECK(getlogin() != NULL && strcmp(getlogin(), "user") == 0);
	char name[16];
	CHECK(getlogin_r(name, sizeof name) == 0 && strcmp(name, "user") == 0);
	CHECK(getlogin_r(name, 3) == ERANGE);

	struct termios t;
	memset(&t, 0, sizeof t);
	errno = 0;
	CHECK(tcgetattr(0, &t) == -1 && errno == ENOTTY);
	errno = 0;
	CHECK(tcsetattr(1, TCSANOW, &t) == -1 && errno == ENOTTY);
	errno = 0;
	CHECK(tcgetattr(99, &t) == -1 && errno == EBADF);
	errno = 0;
	CHECK(tcflush(0, TCIFLUSH) == -1 && errno == ENOTTY);
	errno = 0;
	CHECK(tcdrain(1) == -1 && errno == ENOTTY);
	errno = 0;
	CHECK(tcgetpgrp(0) == -1 && errno == ENOTTY);
	t.c_lflag = ECHO | ICANON | ISIG;
	t.c_iflag = ICRNL | IXON;
	t.c_cflag = PARENB | CS7;
	cfmakeraw(&t);
	CHECK(t.c_lflag == 0 && t.c_iflag == 0 && (t.c_cflag & CSIZE) == CS8 && !(t.c_cflag & PARENB));
	CHECK(t.c_cc[VMIN] == 1 && t.c_cc[VTIME] == 0);
	CHECK(cfsetspeed(&t, B9600) == 0 && cfgetispeed(&t) == B9600 && cfgetospeed(&t) == B9600);
	errno = 0;
	CHECK(cfsetospeed(&t, 12345) == -1 && errno == EINVAL);
	CHECK(ttyname(0) == NULL && ttyname_r(1, name, sizeof name) == ENOTTY);
}

static volatile sig_atomic_t hits[NSIG], order[8], norder, info_code = -1, info_signo;

static void count(int sig)
{
	hits[sig]++;
	if (norder < 8)
		order[norder++] = sig;
}

static void with_info(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	hits[sig]++;
	info_signo = si->si_signo;
	info_code = si->si_code;
}

/* Raises SIGUSR2 from inside the SIGUSR1 handler: it must wait. */
static volatile sig_atomic_t usr2_before;

static void nested(int sig)
{
	hits[sig]++;
	raise(SIGUSR2);
	if (hits[SIGUSR2] == usr2_before)
		order[norder++] = 100;
}

static void test_signals(void)
{
	sigset_t s, old;
	CHECK(sigemptyset(&s) == 0 && sigismember(&s, SIGINT) == 0);
	CHECK(sigaddset(&s, SIGINT) == 0 && sigismember(&s, SIGINT) == 1);
	CHECK(sigdelset(&s, SIGINT) == 0 && sigismember(&s, SIGINT) == 0);
	CHECK(sigfillset(&s) == 0 && sigismember(&s, SIGKILL) == 1 && sigismember(&s, SIGSYS) == 1);
	errno = 0;
	CHECK(sigaddset(&s, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(sigismember(&s, NSIG) == -1 && errno == EINVAL);

	struct sigaction sa, osa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = count;
	sigemptyset(&sa.sa_mask);
	CHECK(sigaction(SIGUSR1, &sa, &osa) == 0 && osa.sa_handler == SIG_DFL);
	CHECK(raise(SIGUSR1) == 0 && hits[SIGUSR1] == 1);
	CHECK(sigaction(SIGUSR1, NULL, &osa) == 0 && osa.sa_handler == count);
	/* signal() and sigaction() share the actions. */
	CHECK(signal(SIGUSR1, SIG_IGN) == count && raise(SIGUSR1) == 0 && hits[SIGUSR1] == 1);
	errno = 0;
	CHECK(sigaction(SIGKILL, &sa, NULL) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(sigaction(0, &sa, NULL) == -1 && errno == EINVAL);

	/* SA_SIGINFO handlers get the signal's details. */
	sa.sa_sigaction = with_info;
	sa.sa_flags = SA_SIGINFO;
	CHECK(sigaction(SIGUSR2, &sa, NULL) == 0 && raise(SIGUSR2) == 0);
	CHECK(hits[SIGUSR2] == 1 && info_signo == SIGUSR2 && info_code == SI_USER);

	/* A blocked signal is pending until unblocked, then delivered once;
	 * raised twice while blocked it is still one signal. */
	sa.sa_handler = count;
	sa.sa_flags = 0;
	CHECK(sigaction(SIGINT, &sa, NULL) == 0 && sigaction(SIGHUP, &sa, NULL) == 0);
	sigemptyset(&s);
	sigaddset(&s, SIGINT);
	sigaddset(&s, SIGHUP);
	norder = 0;
	CHECK(sigprocmask(SIG_BLOCK, &s, &old) == 0 && sigismember(&old, SIGINT) == 0);
	CHECK(raise(SIGHUP) == 0 && raise(SIGINT) == 0 && raise(SIGINT) == 0);
	CHECK(hits[SIGINT] == 0 && hits[SIGHUP] == 0);
	sigset_t pend;
	CHECK(sigpending(&pend) == 0 && sigismember(&pend, SIGINT) && sigismember(&pend, SIGHUP));
	CHECK(sigprocmask(SIG_SETMASK, &old, NULL) == 0);
	CHECK(hits[SIGINT] == 1 && hits[SIGHUP] == 1 && norder == 2 && order[0] == SIGHUP);
	CHECK(sigpending(&pend) == 0 && !sigismember(&pend, SIGINT));
	/* kill to itself raises; to any other pid: ESRCH. */
	CHECK(kill(getpid(), SIGINT) == 0 && hits[SIGINT] == 2);
	CHECK(kill(0, SIGINT) == 0 && kill(-1, SIGINT) == 0 && hits[SIGINT] == 4);
	CHECK(kill(getpid(), 0) == 0 && hits[SIGINT] == 4);
	errno = 0;
	CHECK(kill(42, SIGINT) == -1 && errno == ESRCH);
	errno = 0;
	CHECK(kill(getpid(), 99) == -1 && errno == EINVAL);
	CHECK(pthread_kill(pthread_self(), SIGINT) == 0 && hits[SIGINT] == 5);
	/* SIGKILL and SIGSTOP cannot be blocked. */
	sigfillset(&s);
	CHECK(sigprocmask(SIG_SETMASK, &s, NULL) == 0 && sigprocmask(SIG_SETMASK, NULL, &old) == 0);
	CHECK(!sigismember(&old, SIGKILL) && !sigismember(&old, SIGSTOP) && sigismember(&old, SIGINT));
	sigemptyset(&s);
	CHECK(sigprocmask(SIG_SETMASK, &s, NULL) == 0);
	errno = 0;
	CHECK(sigprocmask(99, &s, NULL) == -1 && errno == EINVAL);

	/* The handler's own signal is blocked while it runs; a raise inside
	 * it is delivered after it returns. */
	sa.sa_handler = nested;
	CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
	sa.sa_handler = count;
	CHECK(sigaction(SIGUSR2, &sa, NULL) == 0);
	sa.sa_mask = s;
	sigaddset(&sa.sa_mask, SIGUSR2);
	sa.sa_handler = nested;
	CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
	norder = 0;
	usr2_before = hits[SIGUSR2];
	CHECK(raise(SIGUSR1) == 0 && hits[SIGUSR2] == usr2_before + 1);
	CHECK(norder == 2 && order[0] == 100 && order[1] == SIGUSR2);
	/* SA_RESETHAND: the handler runs once, then the default action. */
	sa.sa_handler = count;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	CHECK(sigaction(SIGWINCH, &sa, NULL) == 0 && raise(SIGWINCH) == 0 && raise(SIGWINCH) == 0);
	CHECK(hits[SIGWINCH] == 1 && sigaction(SIGWINCH, NULL, &osa) == 0 && osa.sa_handler == SIG_DFL);

	/* sigsuspend delivers what its mask unblocks; with nothing that
	 * could ever arrive it fails instead of waiting forever. */
	sa.sa_flags = 0;
	sa.sa_handler = count;
	CHECK(sigaction(SIGINT, &sa, NULL) == 0);
	sigemptyset(&s);
	sigaddset(&s, SIGINT);
	sigprocmask(SIG_BLOCK, &s, NULL);
	int ints = hits[SIGINT];
	raise(SIGINT);
	sigset_t none;
	sigemptyset(&none);
	errno = 0;
	CHECK(sigsuspend(&none) == -1 && errno == EINTR && hits[SIGINT] == ints + 1);
	CHECK(sigprocmask(SIG_SETMASK, NULL, &old) == 0 && sigismember(&old, SIGINT));
	errno = 0;
	CHECK(sigsuspend(&none) == -1 && errno == EDEADLK);
	errno = 0;
	CHECK(pause() == -1 && errno == EDEADLK);
	sigprocmask(SIG_UNBLOCK, &s, NULL);

	/* alarm: pause sleeps until it, and SIGALRM's handler runs. */
	CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
	CHECK(alarm(5) == 0 && alarm(0) == 5);
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CHECK(alarm(1) == 0);
	errno = 0;
	CHECK(pause() == -1 && errno == EINTR && hits[SIGALRM] == 1);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double waited = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	CHECK(waited >= 0.99 && waited < 3);
	CHECK(alarm(0) == 0);
}

static void destroy(void *p)
{
	write(STDOUT_FILENO, "destructor: ", 12);
	write(STDOUT_FILENO, p, strlen(p));
	write(STDOUT_FILENO, "\n", 1);
}

static void at_exit(void)
{
	write(STDOUT_FILENO, "atexit ran\n", 11);
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "exit-thread") == 0) {
		pthread_key_t key;
		pthread_key_create(&key, destroy);
		pthread_setspecific(key, "value");
		atexit(at_exit);
		printf("buffered output is flushed\n");
		pthread_exit(NULL);
	}
	if (argc > 1 && strcmp(argv[1], "pending-term") == 0) {
		sigset_t s;
		sigemptyset(&s);
		sigaddset(&s, SIGTERM);
		sigprocmask(SIG_BLOCK, &s, NULL);
		raise(SIGTERM);
		write(STDOUT_FILENO, "still running\n", 14);
		sigprocmask(SIG_UNBLOCK, &s, NULL);
		write(STDOUT_FILENO, "not reached\n", 12);
		return 0;
	}
	test_sysinfo();
	test_processes();
	test_users();
	test_signals();
	return check_summary();
}
