#include <getopt.h>

#include "w64_getopt.h"

int getopt_long_only(int argc, char *const argv[], const char *optstring,
		     const struct option *longopts, int *longindex)
{
	return __w64_getopt(argc, argv, optstring, longopts, longindex, 1);
}
