#ifndef W64_STAT_H
#define W64_STAT_H

#include <sys/stat.h>

struct __w64_filestat;

/* struct stat from WASI's filestat. */
__attribute__((visibility("hidden"))) void __w64_stat_from(struct stat *st,
							    const struct __w64_filestat *fs);

#endif
