#ifndef W64_PTHREAD_H
#define W64_PTHREAD_H

/*
 * The internals of the wasip1-threads libc (libc/threads/): the
 * wasi-threads import, the thread descriptor, and the sleeping and
 * locking every synchronisation object is built from.  Only files under
 * libc/threads/ include this header.
 */

#include <pthread.h>
#include <stdint.h>
#include <time.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* The wasi-threads host functions (abi/wasi_threads.def): a WORD is a
 * pointer-sized value the host passes on unread. */
#define W64_THREADS_CTYPE_S32 int32_t
#define W64_THREADS_CTYPE_WORD void *
#define WASI_THREADS_PARAM(repr, name) W64_THREADS_CTYPE_##repr name
#define WASI_THREADS_FUNC(name, import, result, params)                                    \
	__attribute__((import_module("wasi"), import_name(import))) W64_THREADS_CTYPE_##result \
		__w64_host_##name(params);
#include "wasi_threads.def"
#undef W64_THREADS_CTYPE_S32
#undef W64_THREADS_CTYPE_WORD

/* A thread's stack when pthread_attr_setstacksize did not say. */
#define W64_THREAD_STACK_DEFAULT ((size_t)1 << 20)

/* The thread descriptor: pthread_t is its address.  A created thread's
 * descriptor, TLS block and stack are one malloc block, starting with
 * the descriptor.  wasi_thread_start (wasi_thread_start.S) reads
 * `stack_top` first: keep it the first field. */
enum { W64_JOINABLE, W64_DETACHED, W64_EXITED };
struct __w64_thread {
	uintptr_t stack_top;
	void *tls;
	void *(*start)(void *);
	void *arg;
	void *result;
	void *exit_jmp; /* the jmp_buf pthread_exit returns to */
	int state;      /* W64_*: a futex word, join sleeps on it */
	int tid;
};
_Static_assert(__builtin_offsetof(struct __w64_thread, stack_top) == 0,
	       "wasi_thread_start.S loads the stack pointer from offset 0");

/* The calling thread's descriptor; NULL in the main thread. */
W64_HIDDEN extern _Thread_local struct __w64_thread *__w64_self;

/* Threads created and not yet finished: the main thread's pthread_exit
 * sleeps on it until it is 0. */
W64_HIDDEN extern int __w64_threads_running;

/*
 * Sleeps while *word == expected, until `abstime` on `clock` (NULL: no
 * limit).  0 when woken or when *word already differs (the caller looks
 * again), ETIMEDOUT, or EINVAL for a malformed time or clock.
 */
W64_HIDDEN int __w64_futex_wait(int *word, int expected, clockid_t clock,
				const struct timespec *abstime);
/* Wakes up to `count` sleepers on word (INT32_MAX: all). */
W64_HIDDEN void __w64_futex_wake(int *word, int count);

/* A lock word (0 free, 1 held, 2 held with sleepers): takes it, sleeping
 * until `abstime` on `clock` (NULL: no limit); 0, ETIMEDOUT or EINVAL. */
W64_HIDDEN int __w64_lock_take(int *word, clockid_t clock, const struct timespec *abstime);
W64_HIDDEN void __w64_lock_give(int *word);

/* Thread-specific data: a key is in use while its generation is odd;
 * a thread's value counts only when stored under the key's current
 * generation, so a deleted and re-created key reads NULL everywhere. */
struct __w64_tsd_slot {
	unsigned gen;
	const void *value;
};
W64_HIDDEN extern unsigned __w64_tsd_gen[PTHREAD_KEYS_MAX];
W64_HIDDEN extern void (*__w64_tsd_dtor[PTHREAD_KEYS_MAX])(void *);
W64_HIDDEN extern int __w64_tsd_lock;
W64_HIDDEN extern _Thread_local struct __w64_tsd_slot __w64_tsd_values[PTHREAD_KEYS_MAX];

#undef W64_HIDDEN

#endif
