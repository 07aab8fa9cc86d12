/*
 * pthread.h.  In the plain sysroot a program is single-threaded (WASI
 * preview 1 has no threads): every object works as it does with one
 * thread, creating a thread fails with EAGAIN, and what would wait for
 * another thread forever (relocking a mutex, waiting on a condition
 * variable or a barrier) fails with EDEADLK instead of hanging; timed
 * waits sleep until their time and time out.  The wasip1-threads sysroot
 * runs real threads (wasi-threads) behind the same declarations, with
 * its own bits/pthread_types.h.  docs/libc.md lists each answer.
 */
#ifndef _PTHREAD_H
#define _PTHREAD_H

#include <bits/types.h>
#include <sched.h>
#include <time.h>

#define __NEED_clockid_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

/* In the wasip1-threads sysroot, pthread_t is the address of the
 * thread's descriptor and pthread_once_t a word threads sleep on. */
typedef unsigned long pthread_t;
typedef unsigned pthread_key_t;
typedef int pthread_once_t;
typedef int pthread_spinlock_t;

typedef struct {
	int __detach;
	__SIZE_TYPE__ __stacksize;
	__SIZE_TYPE__ __guardsize;
} pthread_attr_t;

typedef struct {
	int __type;
	int __pshared;
} pthread_mutexattr_t;

typedef struct {
	clockid_t __clock;
	int __pshared;
} pthread_condattr_t;

typedef struct {
	int __pshared;
} pthread_rwlockattr_t;

typedef struct {
	int __pshared;
} pthread_barrierattr_t;

/* The objects threads share (mutexes, condition variables, read/write
 * locks, barriers) differ between the sysroots. */
#include <bits/pthread_types.h>

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1

#define PTHREAD_MUTEX_NORMAL 0
#define PTHREAD_MUTEX_RECURSIVE 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT PTHREAD_MUTEX_NORMAL

#define PTHREAD_PROCESS_PRIVATE 0
#define PTHREAD_PROCESS_SHARED 1

#define PTHREAD_SCOPE_SYSTEM 0
#define PTHREAD_SCOPE_PROCESS 1

#define PTHREAD_CANCEL_ENABLE 0
#define PTHREAD_CANCEL_DISABLE 1
#define PTHREAD_CANCEL_DEFERRED 0
#define PTHREAD_CANCEL_ASYNCHRONOUS 1
#define PTHREAD_CANCELED ((void *)-1)

#define PTHREAD_BARRIER_SERIAL_THREAD (-1)

#define PTHREAD_ONCE_INIT 0

#define PTHREAD_KEYS_MAX 128
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_STACK_MIN 2048

#ifdef __cplusplus
extern "C" {
#endif

int pthread_create(pthread_t *__restrict __th, const pthread_attr_t *__restrict __attr,
		   void *(*__start)(void *), void *__restrict __arg);
__attribute__((__noreturn__)) void pthread_exit(void *__value);
int pthread_join(pthread_t __th, void **__value);
int pthread_detach(pthread_t __th);
pthread_t pthread_self(void);
int pthread_equal(pthread_t __a, pthread_t __b);
int pthread_once(pthread_once_t *__once, void (*__init)(void));
int pthread_atfork(void (*__prepare)(void), void (*__parent)(void), void (*__child)(void));
int pthread_kill(pthread_t __th, int __sig);
int pthread_setcancelstate(int __state, int *__old);
int pthread_setcanceltype(int __type, int *__old);
void pthread_testcancel(void);
int pthread_cancel(pthread_t __th);

int pthread_attr_init(pthread_attr_t *__attr);
int pthread_attr_destroy(pthread_attr_t *__attr);
int pthread_attr_getdetachstate(const pthread_attr_t *__attr, int *__state);
int pthread_attr_setdetachstate(pthread_attr_t *__attr, int __state);
int pthread_attr_getstacksize(const pthread_attr_t *__restrict __attr,
			      __SIZE_TYPE__ *__restrict __size);
int pthread_attr_setstacksize(pthread_attr_t *__attr, __SIZE_TYPE__ __size);
int pthread_attr_getguardsize(const pthread_attr_t *__restrict __attr,
			      __SIZE_TYPE__ *__restrict __size);
int pthread_attr_setguardsize(pthread_attr_t *__attr, __SIZE_TYPE__ __size);

int pthread_mutexattr_init(pthread_mutexattr_t *__attr);
int pthread_mutexattr_destroy(pthread_mutexattr_t *__attr);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *__restrict __attr,
			      int *__restrict __type);
int pthread_mutexattr_settype(pthread_mutexattr_t *__attr, int __type);
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *__restrict __attr,
				 int *__restrict __pshared);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *__attr, int __pshared);

int pthread_mutex_init(pthread_mutex_t *__restrict __mutex,
		       const pthread_mutexattr_t *__restrict __attr);
int pthread_mutex_destroy(pthread_mutex_t *__mutex);
int pthread_mutex_lock(pthread_mutex_t *__mutex);
int pthread_mutex_trylock(pthread_mutex_t *__mutex);
int pthread_mutex_timedlock(pthread_mutex_t *__restrict __mutex,
			    const struct timespec *__restrict __abstime);
int pthread_mutex_unlock(pthread_mutex_t *__mutex);

int pthread_condattr_init(pthread_condattr_t *__attr);
int pthread_condattr_destroy(pthread_condattr_t *__attr);
int pthread_condattr_getclock(const pthread_condattr_t *__restrict __attr,
			      clockid_t *__restrict __clock);
int pthread_condattr_setclock(pthread_condattr_t *__attr, clockid_t __clock);
int pthread_condattr_getpshared(const pthread_condattr_t *__restrict __attr,
				int *__restrict __pshared);
int pthread_condattr_setpshared(pthread_condattr_t *__attr, int __pshared);

int pthread_cond_init(pthread_cond_t *__restrict __cond,
		      const pthread_condattr_t *__restrict __attr);
int pthread_cond_destroy(pthread_cond_t *__cond);
int pthread_cond_signal(pthread_cond_t *__cond);
int pthread_cond_broadcast(pthread_cond_t *__cond);
int pthread_cond_wait(pthread_cond_t *__restrict __cond, pthread_mutex_t *__restrict __mutex);
int pthread_cond_timedwait(pthread_cond_t *__restrict __cond,
			   pthread_mutex_t *__restrict __mutex,
			   const struct timespec *__restrict __abstime);

int pthread_key_create(pthread_key_t *__key, void (*__destructor)(void *));
int pthread_key_delete(pthread_key_t __key);
void *pthread_getspecific(pthread_key_t __key);
int pthread_setspecific(pthread_key_t __key, const void *__value);

int pthread_rwlockattr_init(pthread_rwlockattr_t *__attr);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *__attr);
int pthread_rwlock_init(pthread_rwlock_t *__restrict __lock,
			const pthread_rwlockattr_t *__restrict __attr);
int pthread_rwlock_destroy(pthread_rwlock_t *__lock);
int pthread_rwlock_rdlock(pthread_rwlock_t *__lock);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *__lock);
int pthread_rwlock_timedrdlock(pthread_rwlock_t *__restrict __lock,
			       const struct timespec *__restrict __abstime);
int pthread_rwlock_wrlock(pthread_rwlock_t *__lock);
int pthread_rwlock_trywrlock(pthread_rwlock_t *__lock);
int pthread_rwlock_timedwrlock(pthread_rwlock_t *__restrict __lock,
			       const struct timespec *__restrict __abstime);
int pthread_rwlock_unlock(pthread_rwlock_t *__lock);

int pthread_spin_init(pthread_spinlock_t *__lock, int __pshared);
int pthread_spin_destroy(pthread_spinlock_t *__lock);
int pthread_spin_lock(pthread_spinlock_t *__lock);
int pthread_spin_trylock(pthread_spinlock_t *__lock);
int pthread_spin_unlock(pthread_spinlock_t *__lock);

int pthread_barrierattr_init(pthread_barrierattr_t *__attr);
int pthread_barrierattr_destroy(pthread_barrierattr_t *__attr);
int pthread_barrier_init(pthread_barrier_t *__restrict __barrier,
			 const pthread_barrierattr_t *__restrict __attr, unsigned __count);
int pthread_barrier_destroy(pthread_barrier_t *__barrier);
int pthread_barrier_wait(pthread_barrier_t *__barrier);

#ifdef __cplusplus
}
#endif

#endif
