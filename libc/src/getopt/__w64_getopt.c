/*
 * The option parser behind getopt, getopt_long and getopt_long_only, with
 * glibc's behaviour (so that programs parse and complain alike):
 *
 * - Ordering.  By default the arguments are scanned in full and permuted
 *   as they go, so that all options end up before all non-options, and
 *   -1 leaves optind at the first non-option.  A '+' at the start of the
 *   option string, or POSIXLY_CORRECT in the environment, stops at the
 *   first non-option instead; a '-' returns each non-option as the value
 *   1 with the argument in optarg.  "--" ends the options either way.
 * - A ':' (after any '+' or '-') silences the messages and makes a
 *   missing argument return ':' instead of '?'.
 * - Long options ("--name", "--name=value", "--name value") may be cut to
 *   any prefix that is unambiguous; prefixes of several options that
 *   behave identically count as one.  getopt_long_only also takes them
 *   after a single '-', and falls back to short options.  "W;" in the
 *   option string makes "-W name" and "-Wname" mean "--name".
 *
 * The permutation keeps two marks: [first_nonopt, last_nonopt) is the run
 * of non-options skipped so far, and the options after it are rotated in
 * front of it before the next non-option run is skipped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "w64_getopt.h"

char *optarg;
int optind = 1;
int opterr = 1;
int optopt = '?';
/* BSD's: a program sets it to 1 to scan a new argv (as optind = 0 does). */
int optreset;

enum ordering { PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER };

static struct {
	int initialized;
	char *nextchar; /* the rest of a cluster of short options */
	enum ordering ordering;
	int first_nonopt, last_nonopt;
} st;

/* Moves the options in [last_nonopt, optind) in front of the non-options
 * in [first_nonopt, last_nonopt), keeping both in order. */
static void exchange(char **argv)
{
	int bottom = st.first_nonopt, middle = st.last_nonopt, top = optind;

	/* Reverse each run, then the whole: a rotation in place. */
	for (int i = bottom, j = middle - 1; i < j; i++, j--) {
		char *t = argv[i];
		argv[i] = argv[j];
		argv[j] = t;
	}
	for (int i = middle, j = top - 1; i < j; i++, j--) {
		char *t = argv[i];
		argv[i] = argv[j];
		argv[j] = t;
	}
	for (int i = bottom, j = top - 1; i < j; i++, j--) {
		char *t = argv[i];
		argv[i] = argv[j];
		argv[j] = t;
	}
	st.first_nonopt += optind - st.last_nonopt;
	st.last_nonopt = optind;
}

static int is_nonoption(const char *arg)
{
	return arg[0] != '-' || arg[1] == '\0';
}

static const char *initialize(const char *optstring)
{
	st.first_nonopt = st.last_nonopt = optind;
	st.nextchar = NULL;
	if (optstring[0] == '-') {
		st.ordering = RETURN_IN_ORDER;
		optstring++;
	} else if (optstring[0] == '+') {
		st.ordering = REQUIRE_ORDER;
		optstring++;
	} else {
		st.ordering = getenv("POSIXLY_CORRECT") != NULL ? REQUIRE_ORDER : PERMUTE;
	}
	st.initialized = 1;
	return optstring;
}

/* A long option at st.nextchar (after "--", or "-" for long_only).
 * Returns the getopt result, or -2 when long_only should fall back to
 * short options. */
static int long_option(int argc, char **argv, const char *optstring,
		       const struct option *longopts, int *longindex, int long_only,
		       int print_errors, const char *prefix)
{
	char *name = st.nextchar;
	char *nameend = name;
	while (*nameend != '\0' && *nameend != '=')
		nameend++;
	size_t namelen = (size_t)(nameend - name);

	/* An exact match wins; else the first prefix match, unless a later
	 * one behaves differently (or, for getopt_long_only, exists). */
	const struct option *found = NULL;
	int found_index = -1, ambiguous = 0;
	for (int i = 0; longopts[i].name != NULL; i++) {
		if (strlen(longopts[i].name) == namelen &&
		    strncmp(longopts[i].name, name, namelen) == 0) {
			found = &longopts[i];
			found_index = i;
			break;
		}
	}
	if (found == NULL) {
		for (int i = 0; longopts[i].name != NULL; i++) {
			const struct option *p = &longopts[i];
			if (strncmp(p->name, name, namelen) != 0)
				continue;
			if (found == NULL) {
				found = p;
				found_index = i;
			} else if (long_only || found->has_arg != p->has_arg ||
				   found->flag != p->flag || found->val != p->val) {
				ambiguous = 1;
			}
		}
	}

	if (ambiguous) {
		if (print_errors) {
			fprintf(stderr, "%s: option '%s%s' is ambiguous; possibilities:", argv[0], prefix,
				name);
			for (int i = 0; longopts[i].name != NULL; i++) {
				const struct option *p = &longopts[i];
				if (strncmp(p->name, name, namelen) == 0 &&
				    (p == found || long_only || found->has_arg != p->has_arg ||
				     found->flag != p->flag || found->val != p->val))
					fprintf(stderr, " '%s%s'", prefix, p->name);
			}
			fputc('\n', stderr);
		}
		st.nextchar = NULL;
		optind++;
		optopt = 0;
		return '?';
	}

	if (found == NULL) {
		/* getopt_long_only: "-x..." may still be short options. */
		if (long_only && argv[optind][1] != '-' && strchr(optstring, *name) != NULL)
			return -2;
		if (print_errors)
			fprintf(stderr, "%s: unrecognized option '%s%s'\n", argv[0], prefix, name);
		st.nextchar = NULL;
		optind++;
		optopt = 0;
		return '?';
	}

	optind++;
	st.nextchar = NULL;
	if (*nameend == '=') {
		if (found->has_arg == no_argument) {
			if (print_errors)
				fprintf(stderr, "%s: option '%s%s' doesn't allow an argument\n", argv[0],
					prefix, found->name);
			optopt = found->val;
			return '?';
		}
		optarg = nameend + 1;
	} else if (found->has_arg == required_argument) {
		if (optind >= argc) {
			if (print_errors)
				fprintf(stderr, "%s: option '%s%s' requires an argument\n", argv[0],
					prefix, found->name);
			optopt = found->val;
			return optstring[0] == ':' ? ':' : '?';
		}
		optarg = argv[optind++];
	} else {
		optarg = NULL;
	}
	if (longindex != NULL)
		*longindex = found_index;
	if (found->flag != NULL) {
		*found->flag = found->val;
		return 0;
	}
	return found->val;
}

int __w64_getopt(int argc, char *const argv_in[], const char *optstring,
		 const struct option *longopts, int *longindex, int long_only)
{
	/* Permuting is what GNU getopt does to its argv, const or not. */
	char **argv = (char **)argv_in;

	if (argc < 1)
		return -1;
	optarg = NULL;
	if (optind == 0 || optreset || !st.initialized) {
		if (optind == 0)
			optind = 1;
		optreset = 0;
		optstring = initialize(optstring);
	} else if (optstring[0] == '-' || optstring[0] == '+') {
		optstring++;
	}
	int print_errors = opterr && optstring[0] != ':';

	if (st.nextchar == NULL || *st.nextchar == '\0') {
		/* The caller may have moved optind. */
		if (st.last_nonopt > optind)
			st.last_nonopt = optind;
		if (st.first_nonopt > optind)
			st.first_nonopt = optind;

		if (st.ordering == PERMUTE) {
			if (st.first_nonopt != st.last_nonopt && st.last_nonopt != optind)
				exchange(argv);
			else if (st.last_nonopt != optind)
				st.first_nonopt = optind;
			while (optind < argc && is_nonoption(argv[optind]))
				optind++;
			st.last_nonopt = optind;
		}

		if (optind != argc && strcmp(argv[optind], "--") == 0) {
			optind++;
			if (st.first_nonopt != st.last_nonopt && st.last_nonopt != optind)
				exchange(argv);
			else if (st.first_nonopt == st.last_nonopt)
				st.first_nonopt = optind;
			st.last_nonopt = argc;
			optind = argc;
		}

		if (optind == argc) {
			/* Point at the non-options moved to the end. */
			if (st.first_nonopt != st.last_nonopt)
				optind = st.first_nonopt;
			return -1;
		}

		if (is_nonoption(argv[optind])) {
			if (st.ordering == REQUIRE_ORDER)
				return -1;
			optarg = argv[optind++];
			return 1;
		}

		if (longopts != NULL && argv[optind][1] == '-') {
			st.nextchar = argv[optind] + 2;
			return long_option(argc, argv, optstring, longopts, longindex, long_only,
					   print_errors, "--");
		}
		st.nextchar = argv[optind] + 1;
		/* getopt_long_only: "-name" is a long option unless it is a
		 * single known short option. */
		if (longopts != NULL && long_only &&
		    (argv[optind][2] != '\0' || strchr(optstring, argv[optind][1]) == NULL)) {
			int r = long_option(argc, argv, optstring, longopts, longindex, long_only,
					    print_errors, "-");
			if (r != -2)
				return r;
		}
	}

	/* The next short option of the cluster. */
	char c = *st.nextchar++;
	const char *spec = c != ':' && c != ';' ? strchr(optstring, c) : NULL;
	if (*st.nextchar == '\0')
		optind++;
	if (spec == NULL || c == '\0') {
		if (print_errors)
			fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
		optopt = c;
		return '?';
	}
	if (spec[1] == ';' && longopts != NULL) {
		/* "W;": POSIX's -W foo, read as the long option --foo.  Its
		 * argument is required, attached or the next one. */
		if (*st.nextchar == '\0') {
			if (optind == argc) {
				if (print_errors)
					fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
				optopt = c;
				st.nextchar = NULL;
				return optstring[0] == ':' ? ':' : '?';
			}
			st.nextchar = argv[optind];
		}
		return long_option(argc, argv, optstring, longopts, longindex, 0, print_errors, "-W ");
	}
	if (spec[1] == ':') {
		if (spec[2] == ':') {
			/* Optional: only when attached ("-ovalue"). */
			if (*st.nextchar != '\0') {
				optarg = st.nextchar;
				optind++;
			}
		} else if (*st.nextchar != '\0') {
			optarg = st.nextchar;
			optind++;
		} else if (optind == argc) {
			if (print_errors)
				fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
			optopt = c;
			st.nextchar = NULL;
			return optstring[0] == ':' ? ':' : '?';
		} else {
			optarg = argv[optind++];
		}
		st.nextchar = NULL;
	}
	return c;
}
