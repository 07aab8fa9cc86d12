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

#ifdef __cplusplus
extern "C" {
#endif

void (*signal(int __sig, void (*__handler)(int)))(int);
int raise(int __sig);

#ifdef __cplusplus
}
#endif

#endif
