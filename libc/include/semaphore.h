/*
 * semaphore.h: unnamed semaphores for the one thread a WASI program has.
 * A wait that would block forever (nothing else could post) fails with
 * EDEADLK; sem_timedwait sleeps until its time and answers ETIMEDOUT.
 * Named semaphores (sem_open) are ENOSYS (docs/libc.md).
 */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#include <fcntl.h>

#define __NEED_time_t
#define __NEED_struct_timespec
#define __NEED_clockid_t
#include <bits/alltypes.h>

/* The size glibc's and musl's have on each width. */
typedef struct {
	int __count;
	int __shared;
	int __pad[4 * sizeof(long) / sizeof(int) - 2];
} sem_t;

#define SEM_FAILED ((sem_t *)0)
#define SEM_VALUE_MAX 0x7fffffff
#define SEM_NSEMS_MAX 256

#ifdef __cplusplus
extern "C" {
#endif

int sem_init(sem_t *__sem, int __pshared, unsigned __value);
int sem_destroy(sem_t *__sem);
int sem_post(sem_t *__sem);
int sem_wait(sem_t *__sem);
int sem_trywait(sem_t *__sem);
int sem_timedwait(sem_t *__restrict __sem, const struct timespec *__restrict __abstime);
int sem_clockwait(sem_t *__restrict __sem, clockid_t __clock,
		  const struct timespec *__restrict __abstime);
int sem_getvalue(sem_t *__restrict __sem, int *__restrict __value);
sem_t *sem_open(const char *__name, int __oflag, ...);
int sem_close(sem_t *__sem);
int sem_unlink(const char *__name);

#ifdef __cplusplus
}
#endif

#endif
