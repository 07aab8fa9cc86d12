/*
 * The pthread objects of the single-threaded sysroot, and their
 * static initialisers (pthread.h includes this file).  The
 * wasip1-threads sysroot has its own copy, whose objects hold the words
 * its threads wait on.
 */
#ifndef _BITS_PTHREAD_TYPES_H
#define _BITS_PTHREAD_TYPES_H

typedef struct {
	int __type;
	int __count; /* times locked: 0 when free */
} pthread_mutex_t;

typedef struct {
	clockid_t __clock;
} pthread_cond_t;

typedef struct {
	int __readers; /* read locks held; -1: write-locked */
} pthread_rwlock_t;

typedef struct {
	unsigned __count;
} pthread_barrier_t;

#define PTHREAD_MUTEX_INITIALIZER {0, 0}
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP {PTHREAD_MUTEX_RECURSIVE, 0}
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP {PTHREAD_MUTEX_ERRORCHECK, 0}
#define PTHREAD_COND_INITIALIZER {0}
#define PTHREAD_RWLOCK_INITIALIZER {0}

#endif
