#ifndef W64_SIGNAL_H
#define W64_SIGNAL_H

#include <signal.h>
#include <stdint.h>
#include <time.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/*
 * The program's signal state (libc/src/signal/__w64_sigstate.c): each
 * signal's action (SIG_DFL when never set), the mask of blocked signals
 * and the set raised while blocked.  Bit sig - 1 of a set is signal sig.
 */
W64_HIDDEN extern struct sigaction __w64_sigactions[NSIG];
W64_HIDDEN extern uint64_t __w64_sigmask, __w64_sigpending;

/* The set of valid signals, and the bit of one. */
#define W64_SIGALL ((UINT64_C(1) << (NSIG - 1)) - 1)
#define W64_SIGBIT(sig) (UINT64_C(1) << ((sig) - 1))
/* What no mask can block. */
#define W64_SIGUNBLOCKABLE (W64_SIGBIT(SIGKILL) | W64_SIGBIT(SIGSTOP))

/* Carries out signal sig's action now, whatever the mask: the handler
 * (with the action's mask added while it runs), nothing, or the default
 * action, which may end the program. */
W64_HIDDEN void __w64_signal_deliver(int sig);

/* Changes the mask, then delivers every pending signal it unblocks,
 * lowest number first.  Returns how many were delivered. */
W64_HIDDEN int __w64_signal_setmask(uint64_t mask);

/* abort() calls this first: a SIGABRT handler installed with signal() or
 * sigaction() runs.  abort.c holds an empty weak one; __w64_sigstate.c
 * the real one. */
W64_HIDDEN void __w64_abort_handler(void);

/* The description strsignal gives, or NULL for an unknown number. */
W64_HIDDEN const char *__w64_signal_name(int sig);

/*
 * alarm()'s deadline, CLOCK_MONOTONIC nanoseconds (0: none), and the
 * wait for it: pause() and sigsuspend() sleep until it, when it is set
 * and SIGALRM is not blocked, then raise SIGALRM.  Returns 1 when the
 * alarm went off, 0 when there was none to wait for.
 */
W64_HIDDEN extern uint64_t __w64_alarm_deadline;
W64_HIDDEN int __w64_alarm_wait(void);

/*
 * sigwait, sigwaitinfo and sigtimedwait: takes the lowest pending signal
 * of set out of the pending set and returns it, sleeping first for an
 * alarm when SIGALRM is in set and one is due, at most until *timeout
 * (NULL: no limit).  An alarm outside set that is not blocked is
 * delivered at its time, and the wait ends with -EINTR.  Otherwise:
 * -EAGAIN once the timeout has passed, -EINVAL for a bad timeout, or
 * -EDEADLK when nothing could ever arrive (no timeout, no alarm), since
 * WASI sends no signals and there is no other thread.
 */
W64_HIDDEN int __w64_sigwait(const sigset_t *set, const struct timespec *timeout);

#undef W64_HIDDEN

#endif
