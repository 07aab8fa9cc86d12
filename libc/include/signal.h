/*
 * signal.h.  WASI delivers no signals, so a signal only ever arrives
 * through raise() (or abort(), which raises SIGABRT): signal() installs
 * a handler that raise() then calls, and SIG_IGN ignores it.  The
 * default action of a terminating signal prints its description on
 * stderr ("Aborted", "Terminated"...) and ends the program: SIGABRT with a
 * trap, as abort() does, the others with exit status 128 + the signal
 * number, what a shell reports for a process a signal killed.  The
 * numbers are WASI's (the same as Linux's up to SIGTERM).
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <bits/types.h>

#define __need_size_t
#include <stddef.h>

#define __NEED_pid_t
#define __NEED_uid_t
#define __NEED_sigset_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

typedef int sig_atomic_t;

/* A wasm function pointer is an index into the function table, and the
 * first function whose address is taken is 1: SIG_IGN cannot be 1 (as it
 * is on Linux), or that function could never be installed as a handler.
 * No table is ever 2^64 - 2 long. */
#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))-2)
#define SIG_ERR ((void (*)(int))-1)

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGCHLD 16
#define SIGCONT 17
#define SIGSTOP 18
#define SIGTSTP 19
#define SIGTTIN 20
#define SIGTTOU 21
#define SIGURG 22
#define SIGXCPU 23
#define SIGXFSZ 24
#define SIGVTALRM 25
#define SIGPROF 26
#define SIGWINCH 27
#define SIGPOLL 28
#define SIGPWR 29
#define SIGSYS 30
#define NSIG 31
#define _NSIG NSIG

/* POSIX's signal sets, masks and sigaction.  A blocked signal that is
 * raised stays pending until it is unblocked; then it is delivered. */
union sigval {
	int sival_int;
	void *sival_ptr;
};

typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	pid_t si_pid;
	uid_t si_uid;
	void *si_addr;
	int si_status;
	union sigval si_value;
} siginfo_t;

/* si_code: every signal here is sent by the program itself. */
#define SI_USER 0

/* The two handler kinds share their storage (named members and macros,
 * so that C99 and C89 programs see them too). */
struct sigaction {
	union {
		void (*__sa_handler)(int);
		void (*__sa_sigaction)(int, siginfo_t *, void *);
	} __sa_handler;
	sigset_t sa_mask;
	int sa_flags;
};
#define sa_handler __sa_handler.__sa_handler
#define sa_sigaction __sa_handler.__sa_sigaction

#define SA_NOCLDSTOP 1
#define SA_NOCLDWAIT 2
#define SA_SIGINFO 4
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000

/* sigaltstack: the stack is recorded and reported back, but handlers run
 * on the ordinary stack: every signal here is raised synchronously by the
 * program, and a stack overflow is a trap, never a SIGSEGV. */
typedef struct sigaltstack {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;
#define SS_ONSTACK 1
#define SS_DISABLE 2
#define MINSIGSTKSZ 2048
#define SIGSTKSZ 8192

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

#ifdef __cplusplus
extern "C" {
#endif

void (*signal(int __sig, void (*__handler)(int)))(int);
int raise(int __sig);
int kill(pid_t __pid, int __sig);
int killpg(pid_t __pgrp, int __sig);
int sigaction(int __sig, const struct sigaction *__restrict __act,
	      struct sigaction *__restrict __oact);
int sigprocmask(int __how, const sigset_t *__restrict __set, sigset_t *__restrict __oset);
int pthread_sigmask(int __how, const sigset_t *__restrict __set, sigset_t *__restrict __oset);
int sigpending(sigset_t *__set);
int sigsuspend(const sigset_t *__mask);
int sigwait(const sigset_t *__restrict __set, int *__restrict __sig);
int sigwaitinfo(const sigset_t *__restrict __set, siginfo_t *__restrict __info);
int sigtimedwait(const sigset_t *__restrict __set, siginfo_t *__restrict __info,
		 const struct timespec *__restrict __timeout);
int sigaltstack(const stack_t *__restrict __ss, stack_t *__restrict __old);
int sigemptyset(sigset_t *__set);
int sigfillset(sigset_t *__set);
int sigaddset(sigset_t *__set, int __sig);
int sigdelset(sigset_t *__set, int __sig);
int sigismember(const sigset_t *__set, int __sig);
void psignal(int __sig, const char *__s);

#ifdef __cplusplus
}
#endif

#endif
