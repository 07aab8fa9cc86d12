#ifndef W64_FTW_H
#define W64_FTW_H

#include <ftw.h>

typedef int __w64_nftw_fn(const char *, const struct stat *, int, struct FTW *);
typedef int __w64_ftw_fn(const char *, const struct stat *, int);

/* The walk behind nftw (nfn) and ftw (fn, flags 0; the types it has no
 * name for are reported as FTW_NS, as glibc's ftw does).  One of nfn and
 * fn is NULL. */
__attribute__((visibility("hidden"))) int __w64_ftw(const char *path, __w64_nftw_fn *nfn,
						     __w64_ftw_fn *fn, int flags);

#endif
