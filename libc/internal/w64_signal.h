#ifndef W64_SIGNAL_H
#define W64_SIGNAL_H

#include <signal.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* The handler of each signal (SIG_DFL when never set): signal.c defines
 * it; raise.c holds a weak all-default one for programs without signal. */
W64_HIDDEN extern void (*__w64_signal_handlers[NSIG])(int);

/* abort() calls this first: a SIGABRT handler installed with signal()
 * runs.  abort.c holds an empty weak one; signal.c the real one. */
W64_HIDDEN void __w64_abort_handler(void);

/* The description strsignal gives, or NULL for an unknown number. */
W64_HIDDEN const char *__w64_signal_name(int sig);

#undef W64_HIDDEN

#endif
