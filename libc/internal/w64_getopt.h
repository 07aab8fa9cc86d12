#ifndef W64_GETOPT_H
#define W64_GETOPT_H

#include <getopt.h>

/* getopt, getopt_long and getopt_long_only in one: longopts NULL for
 * getopt; long_only for getopt_long_only. */
__attribute__((visibility("hidden"))) int __w64_getopt(int argc, char *const argv[],
						       const char *optstring,
						       const struct option *longopts, int *longindex,
						       int long_only);

#endif
