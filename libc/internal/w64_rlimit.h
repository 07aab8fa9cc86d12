#ifndef W64_RLIMIT_H
#define W64_RLIMIT_H

#include <sys/resource.h>

/* Each resource's limits (__w64_rlimits.c): the fixed ones the libc
 * knows, lowered by setrlimit (which WASI cannot enforce). */
__attribute__((visibility("hidden"))) extern struct rlimit __w64_rlimits[RLIMIT_NLIMITS];

#endif
