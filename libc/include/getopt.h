/*
 * getopt.h: GNU's getopt_long and getopt_long_only, with getopt itself
 * (also in unistd.h).  The behaviour is glibc's: arguments are permuted
 * so that options come first (unless the option string starts with '+'
 * or POSIXLY_CORRECT is set; '-' returns non-options as option 1), long
 * options may be abbreviated to any unambiguous prefix, and the error
 * messages read the same.  Set optind to 0 to start over.
 */
#ifndef _GETOPT_H
#define _GETOPT_H

struct option {
	const char *name;
	int has_arg;
	int *flag;
	int val;
};

#define no_argument 0
#define required_argument 1
#define optional_argument 2

#ifdef __cplusplus
extern "C" {
#endif

extern char *optarg;
extern int optind, opterr, optopt, optreset;

int getopt(int __argc, char *const __argv[], const char *__optstring);
int getopt_long(int __argc, char *const __argv[], const char *__optstring,
		const struct option *__longopts, int *__longindex);
int getopt_long_only(int __argc, char *const __argv[], const char *__optstring,
		     const struct option *__longopts, int *__longindex);

#ifdef __cplusplus
}
#endif

#endif
