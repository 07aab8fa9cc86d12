#ifndef W64_RWLOCK_H
#define W64_RWLOCK_H

#include <pthread.h>
#include <time.h>

/* The read/write locks of the wasip1-threads libc: takes `lock` for
 * writing or reading; `try`: EBUSY rather than sleep; otherwise sleeps
 * until `abstime` on CLOCK_REALTIME (NULL: no limit).  0, EBUSY,
 * ETIMEDOUT or EINVAL. */
__attribute__((visibility("hidden"))) int __w64_rwlock_take(pthread_rwlock_t *lock, int write,
							     int try, const struct timespec *abstime);

#endif
