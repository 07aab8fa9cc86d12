/*
 * getopt, getopt_long and getopt_long_only: permutation, clusters,
 * arguments, long options and their prefixes, the '+', '-' and ':'
 * prefixes of the option string.  The expected strings are what glibc
 * gives for the same calls (tests/libc-native/getopt_diff.c compares the
 * two on generated command lines, error messages included).
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static const struct option longopts[] = {
	{"verbose", no_argument, NULL, 'v'},
	{"output", required_argument, NULL, 'o'},
	{"level", optional_argument, NULL, 'l'},
	{"version", no_argument, NULL, 'V'},
	{NULL, 0, NULL, 0},
};

/* Each result as "c:optarg:optind", then "end optind:" and argv. */
static const char *parse(const char *optstring, int mode, int argc, char **argv)
{
	static char out[512];
	size_t len = 0;
	int longindex, c;
	optind = 0;
	opterr = 0;
	for (;;) {
		if (mode == 0)
			c = getopt(argc, argv, optstring);
		else if (mode == 1)
			c = getopt_long(argc, argv, optstring, longopts, &longindex);
		else
			c = getopt_long_only(argc, argv, optstring, longopts, &longindex);
		if (c == -1)
			break;
		len += (size_t)snprintf(out + len, sizeof out - len, "%d:%s:%d ", c, optarg ? optarg : "-",
					optind);
	}
	len += (size_t)snprintf(out + len, sizeof out - len, "end %d:", optind);
	for (int i = 1; i < argc; i++)
		len += (size_t)snprintf(out + len, sizeof out - len, " %s", argv[i]);
	return out;
}

int main(void)
{
	char *a1[] = {"prog", "-a", "file1", "-bval", "--", "-c", NULL};
	CHECK(strcmp(parse("ab:c", 0, 6, a1), "97:-:2 98:val:4 end 4: -a -bval -- file1 -c") == 0);
	char *a2[] = {"prog", "x", "-x", "--verb", "--output=f", "--level", "--level=3", "y", "--output", "g", NULL};
	CHECK(strcmp(parse("x", 1, 10, a2), "120:-:3 118:-:4 111:f:5 108:-:6 108:3:7 111:g:10 end 8: -x "
					     "--verb --output=f --level --level=3 --output g x y") == 0);
	char *a3[] = {"prog", "-verbose", "-o", "f", "-q", "--ver", "-b", NULL};
	CHECK(strcmp(parse(":o:", 2, 7, a3), "118:-:2 111:f:4 63:-:5 63:-:6 63:-:7 end 7: -verbose -o f -q "
					     "--ver -b") == 0);
	char *a4[] = {"prog", "a", "-v", "b", NULL};
	CHECK(strcmp(parse("+v", 0, 4, a4), "end 1: a -v b") == 0);
	CHECK(strcmp(parse("-v", 0, 4, a4), "1:a:2 118:-:3 1:b:4 end 4: a -v b") == 0);
	/* "W;": -W name is --name. */
	char *a8[] = {"prog", "-W", "verbose", "x", "-Woutput=f", "-Wlev", NULL};
	CHECK(strcmp(parse("W;", 1, 6, a8), "118:-:3 111:f:5 108:-:6 end 5: -W verbose -Woutput=f -Wlev x") == 0);

	/* Errors: '?' with optopt, or ':' for a missing argument after a
	 * leading ':'. */
	char *a5[] = {"prog", "-z", "-o", NULL};
	optind = 0;
	opterr = 0;
	CHECK(getopt(3, a5, "o:") == '?' && optopt == 'z');
	CHECK(getopt(3, a5, "o:") == '?' && optopt == 'o');
	optind = 0;
	CHECK(getopt(3, a5, ":o:") == '?' && getopt(3, a5, ":o:") == ':' && optopt == 'o');

	/* A flag-setting long option returns 0; longindex says which. */
	int flag = 0, longindex = -1;
	const struct option flagopts[] = {{"fast", no_argument, &flag, 42}, {NULL, 0, NULL, 0}};
	char *a6[] = {"prog", "--fa", NULL};
	optind = 0;
	CHECK(getopt_long(2, a6, "", flagopts, &longindex) == 0 && flag == 42 && longindex == 0);
	CHECK(getopt_long(2, a6, "", flagopts, &longindex) == -1 && optind == 2);

	/* The messages for an unknown option, on stderr (tests/30-libc.bats
	 * looks for them in the output). */
	char *a7[] = {"prog", "-q", "--nope", "--output", NULL};
	optind = 0;
	opterr = 1;
	CHECK(getopt_long(4, a7, "a", longopts, NULL) == '?');
	CHECK(getopt_long(4, a7, "a", longopts, NULL) == '?');
	CHECK(getopt_long(4, a7, "a", longopts, NULL) == '?' && optopt == 'o');
	CHECK(getopt_long(4, a7, "a", longopts, NULL) == -1);
	return check_summary();
}
