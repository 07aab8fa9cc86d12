#ifndef W64_THREAD_H
#define W64_THREAD_H

#include <pthread.h>
#include <time.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* The one thread's id (pthread_self). */
#define W64_MAIN_THREAD ((pthread_t)1)

/*
 * A timed wait that nothing but the time can end (no other thread):
 * sleeps until `abstime` on `clock`, then returns ETIMEDOUT; EINVAL for
 * a malformed time (tv_nsec out of range), without sleeping.
 */
W64_HIDDEN int __w64_wait_until(clockid_t clock, const struct timespec *abstime);

/* Runs the thread-specific data destructors (pthread_exit, thrd_exit):
 * up to PTHREAD_DESTRUCTOR_ITERATIONS rounds while values remain.  The
 * keys' file defines it; an empty weak one stands in when no key was
 * ever made. */
W64_HIDDEN void __w64_tsd_run_destructors(void);

/* The keys of the one thread (__w64_tsd.c): a destructor per key (NULL:
 * none) and its value; a key is in use while `used` is set, and deleted
 * keys are reused. */
struct __w64_tsd_key {
	int used;
	void (*destructor)(void *);
	const void *value;
};
W64_HIDDEN extern struct __w64_tsd_key __w64_tsd_keys[PTHREAD_KEYS_MAX];

#undef W64_HIDDEN

#endif
