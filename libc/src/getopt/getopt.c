#include <getopt.h>
#include <unistd.h>

#include "w64_getopt.h"

int getopt(int argc, char *const argv[], const char *optstring)
{
	return __w64_getopt(argc, argv, optstring, NULL, NULL, 0);
}
