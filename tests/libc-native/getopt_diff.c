/*
 * getopt, getopt_long and getopt_long_only against glibc's, on generated
 * command lines: the same sequence of results, optind, optarg, optopt and
 * long option index after each call, the same permuted argv at the end,
 * and the same error messages on stderr.
 *
 *   getopt_diff       W64_DIFF_CASES command lines (default 200000),
 *                     seed W64_DIFF_SEED
 *
 * Option strings mix letters without, with and with optional arguments,
 * behind none or some of the prefixes '+', '-' and ':'.  Arguments are
 * drawn from clusters ("-ab", "-cvalue"), long options in full, cut to a
 * prefix (ambiguous or not), with "=value" or a separate value, unknown
 * ones, "--", "-", "-W foo" and plain words.  The long options include
 * names that share prefixes ("verbose", "version", "verb") and two that
 * behave identically ("colour", "color"), and a flag-setting one.
 *
 * Prints mismatches (at most 20) and "getopt: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diff.h"
#include "w64.h"

static unsigned long cases, mismatches;
/* The libc's struct option has the same layout as glibc's. */
static int g_flag, w_flag;
static struct option g_long[] = {
	{"verbose", no_argument, NULL, 'v'},   {"version", no_argument, NULL, 'V'},
	{"verb", required_argument, NULL, 'b'}, {"output", required_argument, NULL, 'o'},
	{"colour", optional_argument, NULL, 'C'}, {"color", optional_argument, NULL, 'C'},
	{"flag", no_argument, &g_flag, 7},      {"all", no_argument, NULL, 'a'},
	{"alpha", required_argument, NULL, 300}, {NULL, 0, NULL, 0},
};
static struct option w_long[sizeof g_long / sizeof g_long[0]];

static const char *const words[] = {
	"-a", "-b", "-ab", "-abc", "-c", "-cval", "-d", "-dopt", "-x", "-ax", "-W", "-Wverbose",
	"--verbose", "--verb", "--verb=x", "--vers", "--ver", "--v", "--output", "--output=o.txt",
	"--out", "--colour", "--col", "--color=auto", "--colo=never", "--flag", "--flag=1", "--all",
	"--al", "--alpha=1", "--a", "--nope", "--", "-", "file", "other", "x=1", "-verbose", "-out",
	"-all", "-c", "--version=2", "-:", "-?", "", "-b-a",
};
enum { NWORDS = sizeof words / sizeof words[0] };

struct step {
	int ret, optind, optopt, longindex, flag;
	char optarg[64];
	int has_optarg;
};

struct run {
	struct step steps[64];
	int nsteps;
	char *argv_after[20];
	char err[2048];
};

/* Reads what the calls wrote to fd 2 (a temporary file) since `start`. */
static void read_err(FILE *tmp, long start, char *out, size_t n)
{
	fflush(tmp);
	long end = ftell(tmp);
	size_t len = (size_t)(end - start) < n - 1 ? (size_t)(end - start) : n - 1;
	if (pread(fileno(tmp), out, len, start) != (ssize_t)len)
		len = 0;
	out[len] = '\0';
}

static void run_one(int use_w64, int mode, const char *optstring, int argc, char **argv_in,
		    struct run *r, FILE *tmp, int saved_stderr)
{
	char *argv[20];
	for (int i = 0; i < argc; i++)
		argv[i] = argv_in[i];
	argv[argc] = NULL;
	long start = ftell(tmp);
	dup2(fileno(tmp), 2);
	r->nsteps = 0;
	if (use_w64) {
		w64_optind = 0;
		w64_opterr = 1;
		w_flag = 0;
	} else {
		optind = 0;
		opterr = 1;
		g_flag = 0;
	}
	for (;;) {
		int longindex = -1, ret;
		if (use_w64) {
			w64_optarg = NULL;
			if (mode == 0)
				ret = w64_getopt(argc, argv, optstring);
			else if (mode == 1)
				ret = w64_getopt_long(argc, argv, optstring, w_long, &longindex);
			else
				ret = w64_getopt_long_only(argc, argv, optstring, w_long, &longindex);
		} else {
			optarg = NULL;
			if (mode == 0)
				ret = getopt(argc, argv, optstring);
			else if (mode == 1)
				ret = getopt_long(argc, argv, optstring, g_long, &longindex);
			else
				ret = getopt_long_only(argc, argv, optstring, g_long, &longindex);
		}
		struct step *s = &r->steps[r->nsteps++];
		char *oa = use_w64 ? w64_optarg : optarg;
		s->ret = ret;
		s->optind = use_w64 ? w64_optind : optind;
		s->optopt = use_w64 ? w64_optopt : optopt;
		s->longindex = longindex;
		s->flag = use_w64 ? w_flag : g_flag;
		s->has_optarg = oa != NULL;
		snprintf(s->optarg, sizeof s->optarg, "%s", oa ? oa : "");
		if (ret == -1 || r->nsteps == 64)
			break;
	}
	if (use_w64)
		w64_fflush(w64_stderr);
	fflush(stderr);
	dup2(saved_stderr, 2);
	for (int i = 0; i < argc; i++)
		r->argv_after[i] = argv[i];
	read_err(tmp, start, r->err, sizeof r->err);
}

static int same_step(const struct step *a, const struct step *b)
{
	/* optopt is meaningful only after an error. */
	int err = a->ret == '?' || a->ret == ':';
	return a->ret == b->ret && a->optind == b->optind && a->longindex == b->longindex &&
	       a->flag == b->flag && a->has_optarg == b->has_optarg && strcmp(a->optarg, b->optarg) == 0 &&
	       (!err || a->optopt == b->optopt);
}

static void one_case(FILE *tmp, int saved_stderr)
{
	static const char *const prefixes[] = {"", "", "", "+", "-", ":", "+:", "-:"};
	static const char *const letters[] = {"a", "b", "c:", "d::", "v", "V", "o:", "C::", "W;", "x:"};
	char optstring[64];
	snprintf(optstring, sizeof optstring, "%s", prefixes[rnd_below(8)]);
	for (int i = 0; i < 10; i++) {
		if (rnd_below(4) != 0)
			strcat(optstring, letters[i]);
	}
	int mode = (int)rnd_below(3);
	int argc = 1 + (int)rnd_below(10);
	char *argv[20];
	argv[0] = "prog";
	for (int i = 1; i < argc; i++)
		argv[i] = (char *)words[rnd_below(NWORDS)];

	static struct run g, w;
	run_one(0, mode, optstring, argc, argv, &g, tmp, saved_stderr);
	run_one(1, mode, optstring, argc, argv, &w, tmp, saved_stderr);
	cases++;
	int same = g.nsteps == w.nsteps && strcmp(g.err, w.err) == 0;
	for (int i = 0; same && i < g.nsteps; i++)
		same = same_step(&g.steps[i], &w.steps[i]);
	for (int i = 0; same && i < argc; i++)
		same = g.argv_after[i] == w.argv_after[i];
	if (same)
		return;
	mismatches++;
	if (mismatches > 20)
		return;
	static const char *const modes[] = {"getopt", "getopt_long", "getopt_long_only"};
	printf("MISMATCH %s \"%s\":", modes[mode], optstring);
	for (int i = 1; i < argc; i++)
		printf(" '%s'", argv[i]);
	printf("\n");
	for (int k = 0; k < 2; k++) {
		struct run *r = k ? &w : &g;
		printf("  %s:", k ? "libc " : "glibc");
		for (int i = 0; i < r->nsteps; i++) {
			struct step *s = &r->steps[i];
			printf(" [%d ind %d opt %d li %d fl %d arg %s%s]", s->ret, s->optind, s->optopt,
			       s->longindex, s->flag, s->has_optarg ? "" : "-", s->optarg);
		}
		printf("\n    argv:");
		for (int i = 1; i < argc; i++)
			printf(" '%s'", r->argv_after[i]);
		printf("\n    stderr: %s\n", r->err);
	}
}

int main(void)
{
	unsigned long n = diff_setup(200000);
	unsetenv("POSIXLY_CORRECT");

	memcpy(w_long, g_long, sizeof g_long);
	w_long[6].flag = &w_flag;
	FILE *tmp = tmpfile();
	int saved_stderr = dup(2);
	if (tmp == NULL || saved_stderr < 0) {
		perror("getopt_diff: tmpfile");
		return 2;
	}
	for (unsigned long i = 0; i < n; i++)
		one_case(tmp, saved_stderr);
	printf("getopt: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
