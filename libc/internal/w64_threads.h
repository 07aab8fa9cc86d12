#ifndef W64_THREADS_H
#define W64_THREADS_H

#include <errno.h>
#include <threads.h>

/* A pthread error number as a C11 thrd_* result. */
static inline int __w64_thrd_result(int err)
{
	switch (err) {
	case 0: return thrd_success;
	case EBUSY: return thrd_busy;
	case ETIMEDOUT: return thrd_timedout;
	case ENOMEM: return thrd_nomem;
	default: return thrd_error;
	}
}

#endif
