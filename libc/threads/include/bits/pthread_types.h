/*
 * The pthread objects of the wasip1-threads sysroot and their static
 * initialisers (pthread.h includes this file).  Every word a thread may
 * sleep on is an int: memory.atomic.wait32 waits on 32-bit words.
 * A `__lock` word is 0 when free, 1 when held, 2 when held with
 * sleepers; a `__seq` word counts wake-ups, so that a sleeper that read it
 * before letting go of a mutex never misses one.
 */
#ifndef _BITS_PTHREAD_TYPES_H
#define _BITS_PTHREAD_TYPES_H

typedef struct {
	int __type;
	int __lock;
	unsigned long __owner; /* pthread_self() of the holder, 0 when free */
	int __count;           /* times a recursive mutex is held */
} pthread_mutex_t;

typedef struct {
	clockid_t __clock;
	int __seq;
} pthread_cond_t;

typedef struct {
	int __lock;
	int __readers; /* read locks held; -1: write-locked */
	int __seq;
} pthread_rwlock_t;

typedef struct {
	int __lock;
	unsigned __count;
	unsigned __arrived;
	int __seq;
} pthread_barrier_t;

#define PTHREAD_MUTEX_INITIALIZER {0, 0, 0, 0}
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP {PTHREAD_MUTEX_RECURSIVE, 0, 0, 0}
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP {PTHREAD_MUTEX_ERRORCHECK, 0, 0, 0}
#define PTHREAD_COND_INITIALIZER {0, 0}
#define PTHREAD_RWLOCK_INITIALIZER {0, 0, 0}

#endif
