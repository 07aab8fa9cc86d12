/*
 * mqueue.h: POSIX message queues.  They pass messages between processes,
 * which WASI does not have: every function fails with ENOSYS (wasi-libc
 * declares them and defines none).
 */
#ifndef _MQUEUE_H
#define _MQUEUE_H

#include <fcntl.h>

#define __need_size_t
#include <stddef.h>

#define __NEED_ssize_t
#define __NEED_time_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

typedef int mqd_t;

struct mq_attr {
	long mq_flags;
	long mq_maxmsg;
	long mq_msgsize;
	long mq_curmsgs;
	long __reserved[4];
};

struct sigevent;

#ifdef __cplusplus
extern "C" {
#endif

mqd_t mq_open(const char *__name, int __oflag, ...);
int mq_close(mqd_t __mq);
int mq_unlink(const char *__name);
int mq_send(mqd_t __mq, const char *__msg, size_t __len, unsigned __prio);
int mq_timedsend(mqd_t __mq, const char *__msg, size_t __len, unsigned __prio,
		 const struct timespec *__abstime);
ssize_t mq_receive(mqd_t __mq, char *__msg, size_t __len, unsigned *__prio);
ssize_t mq_timedreceive(mqd_t __mq, char *__restrict __msg, size_t __len,
			unsigned *__restrict __prio, const struct timespec *__restrict __abstime);
int mq_getattr(mqd_t __mq, struct mq_attr *__attr);
int mq_setattr(mqd_t __mq, const struct mq_attr *__restrict __new,
	       struct mq_attr *__restrict __old);
int mq_notify(mqd_t __mq, const struct sigevent *__ev);

#ifdef __cplusplus
}
#endif

#endif
