#include <errno.h>
#include <stdint.h>
#include <sys/stat.h>

#include "w64_host.h"
#include "w64_stat.h"

/* One time: its flags (set, now or neither) and nanoseconds. */
static int one(const struct timespec *t, unsigned set, unsigned now, uint64_t *ns, unsigned *flags)
{
	*ns = 0;
	if (t == NULL || t->tv_nsec == UTIME_NOW) {
		*flags |= now;
		return 0;
	}
	if (t->tv_nsec == UTIME_OMIT)
		return 0;
	/* WASI's timestamps are unsigned nanoseconds since 1970. */
	if (t->tv_nsec < 0 || t->tv_nsec >= 1000000000 || t->tv_sec < 0 ||
	    (uint64_t)t->tv_sec > (UINT64_MAX - (uint64_t)t->tv_nsec) / 1000000000u)
		return EINVAL;
	*ns = (uint64_t)t->tv_sec * 1000000000u + (uint64_t)t->tv_nsec;
	*flags |= set;
	return 0;
}

int __w64_times_args(const struct timespec *ts, uint64_t *atim, uint64_t *mtim, unsigned *fst_flags)
{
	*fst_flags = 0;
	int err = one(ts, W64_FSTFLAGS_ATIM, W64_FSTFLAGS_ATIM_NOW, atim, fst_flags);
	if (err == 0)
		err = one(ts != NULL ? ts + 1 : NULL, W64_FSTFLAGS_MTIM, W64_FSTFLAGS_MTIM_NOW, mtim,
			  fst_flags);
	return err;
}
