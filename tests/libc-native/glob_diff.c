/*
 * glob against glibc's on one tree of files, directories, hidden names,
 * names with wildcard characters in them, and symbolic links (to a
 * directory, to a file, dangling): generated patterns of one to three
 * components (wildcards, brackets, escapes, "." and "..", trailing and
 * doubled slashes), relative to the tree and absolute, under random sets
 * of every flag, GLOB_DOOFFS and GLOB_APPEND included, with an errfunc
 * that records its calls and says stop or go on at random.  Compared:
 * the return value, gl_pathc, every gl_pathv slot (the names sorted
 * first under GLOB_NOSORT, where the order is the directory's) and the
 * errfunc calls.
 *
 *   glob_diff         W64_DIFF_CASES (default 10000), seed W64_DIFF_SEED
 *
 * The libc reaches the tree through a preopen of its own path (diff.h).
 * Prints mismatches (at most 20) and "glob: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diff.h"
#include "w64.h"

/* The libc's glob_t (libc/include/glob.h). */
struct w64_glob {
	size_t gl_pathc;
	char **gl_pathv;
	size_t gl_offs;
	int gl_flags;
	void *reserved[5];
};
int w64_glob(const char *pattern, int flags, int (*errfunc)(const char *, int), struct w64_glob *g);
void w64_globfree(struct w64_glob *g);
int w64_chdir(const char *path);

/* glibc's glob itself: ASan's interceptor of it reads gl_pathv[0..gl_pathc)
 * and ignores gl_offs, so it trips over the NULLs GLOB_DOOFFS puts first. */
static int (*glibc_glob)(const char *, int, int (*)(const char *, int), glob_t *);

static unsigned long compared, mismatches, nonempty;
static char top[PATH_MAX], tree[PATH_MAX];

/* --- the tree ------------------------------------------------------------ */

static const char *const dirs[] = {"a", "a/c", "b", "b/.hid", ".d", "empty", "l0"};
static const char *const files[] = {"a/b",   "a/.h",  "a/c/d.c", "ab", "b/x.c", "b/y.c", "b/.hid/z",
				    ".h",    ".d/a",  "A",       "[a]", "a*b",   "q\\r",  "l0/f",
				    "x.c"};
static const char *const links[][2] = {{"l", "a"}, {"dl", "nowhere"}, {"ld", "b/x.c"}};

static void make_tree(void)
{
	char path[PATH_MAX * 2];
	for (char *slash = strchr(tree + strlen(top) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		mkdir(tree, 0755);
		*slash = '/';
	}
	if (mkdir(tree, 0755) != 0) {
		perror("glob_diff: mkdir");
		exit(2);
	}
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", tree, dirs[i]);
		mkdir(path, 0755);
	}
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", tree, files[i]);
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd >= 0)
			close(fd);
	}
	for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", tree, links[i][0]);
		if (symlink(links[i][1], path) != 0)
			perror("glob_diff: symlink");
	}
}

static void remove_tree(void)
{
	char cmd[PATH_MAX + 32];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", top);
	if (system(cmd) != 0)
		fprintf(stderr, "glob_diff: could not remove %s\n", top);
}

/* --- patterns ------------------------------------------------------------ */

static const char *const components[] = {
	"*",   "*",    "?",   "a",   "b",     "ab",  "a*",    "*.c",  ".*",  "[ab]", "[!a]*", "\\a",
	"\\*", "a\\*b", "[a]", "\\[a]", "A",  "l",   "dl",    "ld",   "c",   "x",    "..",    ".",
	"",    "[",    "?.c", "*b",  "empty", ".d",  ".hid",  "[.]*", "*/",  "q\\\\r", "q\\r", "[[:upper:]]",
	"l0",   "f",   "\\",
};

static void random_pattern(char *p, size_t size)
{
	static const char *const starts[] = {"", "", "", "./", ".//", "ABS/"};
	const char *start = starts[rnd_below(sizeof starts / sizeof starts[0])];
	if (strcmp(start, "ABS/") == 0)
		snprintf(p, size, "%s/", tree);
	else
		snprintf(p, size, "%s", start);
	unsigned n = 1 + rnd_below(3);
	for (unsigned k = 0; k < n; k++) {
		const char *c = components[rnd_below(sizeof components / sizeof components[0])];
		/* The libc resolves "x/.." lexically (docs/libc.md), where Linux
		 * first needs x to be a directory: ".." and "." lead first. */
		if (k > 0 && (strcmp(c, "..") == 0 || strcmp(c, ".") == 0))
			c = "a";
		if (k == 0 && start[0] == '\0' && (c[0] == '\0' || strcmp(c, "\\") == 0 || c[0] == '['))
			c = "b"; /* "", "\\" or "[" then "/" would start from the root */
		if (k > 0)
			strncat(p, rnd_below(6) == 0 ? "//" : "/", size - strlen(p) - 1);
		strncat(p, c, size - strlen(p) - 1);
	}
	if (rnd_below(6) == 0)
		strncat(p, "/", size - strlen(p) - 1);
}

/* --- errfunc calls ------------------------------------------------------- */

static char calls[2][4096];
static int stop_at_error;

/* An errno by meaning, so glibc's and the libc's compare. */
static int meaning(int e, int is_w64)
{
	static const int linux_errs[] = {0, ENOENT, ENOTDIR, ELOOP, EACCES, ENAMETOOLONG, EINVAL};
	static const int w64_errs[] = {0, 44, 54, 32, 2, 37, 28};
	for (int i = 0; i < 7; i++)
		if (e == (is_w64 ? w64_errs : linux_errs)[i])
			return i;
	return 100 + e;
}

static int record(int side, const char *path, int e)
{
	char *c = calls[side];
	size_t used = strlen(c);
	snprintf(c + used, sizeof calls[side] - used, "%s:%d ", path, meaning(e, side));
	return stop_at_error;
}

static int g_err(const char *path, int e)
{
	return record(0, path, e);
}

static int w_err(const char *path, int e)
{
	return record(1, path, e);
}

/* glibc's own: with GLOB_DOOFFS, a pattern ending in '/' allocates the
 * vector of gl_offs NULLs twice and loses the first. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libc.so.6\n";
}

/* --- comparing ----------------------------------------------------------- */

static int by_name(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	return x == NULL ? (y != NULL) : y == NULL ? -1 : strcmp(x, y);
}

static void describe(char *out, size_t size, int r, size_t pathc, char **pathv, size_t offs,
		     int nosort)
{
	size_t n = offs + pathc;
	int used = snprintf(out, size, "ret %d pathc %zu:", r, pathc);
	if (pathv == NULL) {
		snprintf(out + used, size - (size_t)used, " (no vector)");
		return;
	}
	char **v = malloc((n + 1) * sizeof *v);
	memcpy(v, pathv, (n + 1) * sizeof *v);
	if (nosort)
		qsort(v + offs, pathc, sizeof *v, by_name);
	for (size_t i = 0; i <= n && (size_t)used < size; i++)
		used += snprintf(out + used, size - (size_t)used, " [%s]", v[i] ? v[i] : "NULL");
	free(v);
}

static void one(void)
{
	static const int all[] = {GLOB_ERR,     GLOB_MARK,     GLOB_NOSORT, GLOB_DOOFFS,
				  GLOB_NOCHECK, GLOB_NOESCAPE, GLOB_PERIOD};
	char p1[256], p2[256];
	int flags = 0;
	for (size_t f = 0; f < sizeof all / sizeof all[0]; f++)
		if (rnd_below(3) == 0)
			flags |= all[f];
	int append = rnd_below(4) == 0, use_errfunc = rnd_below(2);
	size_t offs = rnd_below(3);
	random_pattern(p1, sizeof p1);
	random_pattern(p2, sizeof p2);
	stop_at_error = rnd_below(2);
	calls[0][0] = calls[1][0] = '\0';

	glob_t g;
	struct w64_glob w;
	memset(&g, 0, sizeof g);
	memset(&w, 0, sizeof w);
	g.gl_offs = w.gl_offs = offs;
	int gr = glibc_glob(p1, flags, use_errfunc ? g_err : NULL, &g);
	int wr = w64_glob(p1, flags, use_errfunc ? w_err : NULL, &w);
	if (append && gr == wr && (gr == 0 || gr == GLOB_NOMATCH)) {
		/* The second call appends to a vector the first one left. */
		if (gr == GLOB_NOMATCH && !(flags & GLOB_DOOFFS))
			g.gl_pathv = NULL, w.gl_pathv = NULL, g.gl_pathc = w.gl_pathc = 0;
		gr = glibc_glob(p2, flags | GLOB_APPEND, use_errfunc ? g_err : NULL, &g);
		wr = w64_glob(p2, flags | GLOB_APPEND, use_errfunc ? w_err : NULL, &w);
	}

	char gd[8192], wd[8192];
	int nosort = (flags & GLOB_NOSORT) != 0;
	describe(gd, sizeof gd, gr, g.gl_pathc, g.gl_pathv, g.gl_offs, nosort);
	describe(wd, sizeof wd, wr, w.gl_pathc, w.gl_pathv, w.gl_offs, nosort);
	compared++;
	nonempty += gr == 0 && g.gl_pathc > 0;
	if ((strcmp(gd, wd) != 0 || strcmp(calls[0], calls[1]) != 0) && ++mismatches <= 20)
		printf("MISMATCH glob(\"%s\"%s%s, %#x, offs %zu, errfunc %d/%d)\n"
		       "  glibc: %s  errfunc: %s\n  libc:  %s  errfunc: %s\n",
		       p1, append ? " then append " : "", append ? p2 : "", flags, offs, use_errfunc,
		       stop_at_error, gd, calls[0], wd, calls[1]);
	globfree(&g);
	w64_globfree(&w);
}

int main(int argc, char **argv)
{
	(void)argc;
	diff_preopen(argv, top, sizeof top);
	*(void **)&glibc_glob = dlsym(RTLD_NEXT, "glob");
	if (glibc_glob == NULL) {
		fprintf(stderr, "glob_diff: no glob after the sanitizer's\n");
		return 2;
	}
	unsigned long n = diff_setup(10000);
	/* Three levels below the preopen: a pattern can climb that far
	 * (".*" matches ".." too) without leaving it. */
	snprintf(tree, sizeof tree, "%s/1/2/3/t", top);
	make_tree();
	/* Half the cases from the tree, half from a directory in it. */
	if (chdir(tree) != 0 || w64_chdir(tree) != 0) {
		perror("glob_diff: chdir");
		remove_tree();
		return 2;
	}
	for (unsigned long i = 0; i < n / 2; i++)
		one();
	if (chdir("a") != 0 || w64_chdir("a") != 0) {
		perror("glob_diff: chdir");
		remove_tree();
		return 2;
	}
	while (compared < n)
		one();
	remove_tree();
	printf("glob: %lu cases with matches\n", nonempty);
	printf("glob: %lu cases compared, %lu mismatches\n", compared, mismatches);
	return mismatches != 0;
}
