#ifndef W64_STAT_H
#define W64_STAT_H

#include <sys/stat.h>

#include <stdint.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

struct __w64_filestat;

/* struct stat from WASI's filestat. */
W64_HIDDEN void __w64_stat_from(struct stat *st, const struct __w64_filestat *fs);

/* chown's answer for a file stat described: 0 when the owner and group
 * asked for are the ones it has (or -1, "unchanged"), else -1 with EPERM. */
W64_HIDDEN int __w64_chown_check(const struct stat *st, uid_t owner, gid_t group);

/* utimensat's times (NULL: both now; UTIME_NOW, UTIME_OMIT) as WASI's
 * timestamps and fstflags.  0, or EINVAL for a time WASI cannot hold (a
 * nanosecond field out of range, a time before 1970 or past 2554). */
W64_HIDDEN int __w64_times_args(const struct timespec *ts, uint64_t *atim, uint64_t *mtim,
				unsigned *fst_flags);

#undef W64_HIDDEN

#endif
