#ifndef W64_LOCK_H
#define W64_LOCK_H

struct flock;
struct __w64_fdstat;

/*
 * Checks a record lock request on fd (whose fdstat is *st) as Linux does
 * before granting it: a known type (F_RDLCK or F_WRLCK only for a query),
 * a known whence, a range that starts at or after offset 0, and a
 * descriptor open for reading (F_RDLCK) or writing (F_WRLCK).  0 or an
 * errno.
 */
__attribute__((visibility("hidden"))) int __w64_lock_check(int fd, const struct __w64_fdstat *st,
							    const struct flock *lk, int query);

#endif
