/*
 * glob over a small tree it makes in /work (a preopened directory, from
 * tests/44-libc-fnmatch-glob.bats): wildcards in each component, hidden
 * names, every flag, errfunc, relative and absolute patterns, the order
 * of the results, and a directory outside the preopens.
 * (tests/libc-native/glob_diff.c compares many more with glibc.)
 */
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static int put_file(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return -1;
	return close(fd);
}

/* The names g holds from slot `from` on, each followed by one space. */
static const char *joined(const glob_t *g, size_t from)
{
	static char buf[1024];
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = from; i < g->gl_offs + g->gl_pathc; i++) {
		size_t l = strlen(g->gl_pathv[i]);
		if (len + l + 2 > sizeof buf)
			break;
		memcpy(buf + len, g->gl_pathv[i], l);
		buf[len + l] = ' ';
		len += l + 1;
		buf[len] = '\0';
	}
	return buf;
}

/* glob(pattern, flags) == expect ("name name ... "), and the vector ends
 * with NULL. */
static int glob_is(const char *pattern, int flags, const char *expect)
{
	glob_t g;
	int r = glob(pattern, flags, NULL, &g);
	int ok = r == 0 && strcmp(joined(&g, 0), expect) == 0 && g.gl_pathv[g.gl_pathc] == NULL;
	if (!ok) {
		check_put("  glob(\"");
		check_put(pattern);
		check_put("\") gave: ");
		check_put(r == 0 ? joined(&g, 0) : "an error");
		check_put("\n");
	}
	if (r == 0)
		globfree(&g);
	return ok;
}

static char calls[512];
static int errfunc_answer;

static int record(const char *path, int e)
{
	size_t len = strlen(calls);
	const char *name = e == ENOENT ? "ENOENT" : e == ENOTCAPABLE ? "ENOTCAPABLE" : "other";
	if (len + strlen(path) + strlen(name) + 3 < sizeof calls) {
		strcat(calls, path);
		strcat(calls, ":");
		strcat(calls, name);
		strcat(calls, " ");
	}
	return errfunc_answer;
}

int main(void)
{
	glob_t g;

	CHECK(chdir("/work") == 0);
	CHECK(mkdir("t", 0755) == 0);
	CHECK(chdir("t") == 0);
	CHECK(mkdir("d", 0755) == 0);
	CHECK(mkdir("e", 0755) == 0);
	CHECK(mkdir(".hd", 0755) == 0);
	CHECK(put_file("a") == 0);
	CHECK(put_file("B") == 0);
	CHECK(put_file("c.c") == 0);
	CHECK(put_file(".hidden") == 0);
	CHECK(put_file("st*r") == 0);
	CHECK(put_file("d/x.c") == 0);
	CHECK(put_file("d/y.c") == 0);
	CHECK(put_file("d/z.h") == 0);
	CHECK(put_file("e/w.c") == 0);
	CHECK(symlink("d", "ln") == 0);

	/* Sorted as strcoll sorts in "C": bytes, so 'B' before 'a'. */
	CHECK(glob_is("*", 0, "B a c.c d e ln st*r "));
	CHECK(glob_is("*", GLOB_MARK, "B a c.c d/ e/ ln/ st*r "));
	CHECK(glob_is("*/", 0, "d/ e/ ln/ "));
	CHECK(glob_is("?", 0, "B a d e "));
	CHECK(glob_is("[a-c]*", 0, "a c.c "));
	CHECK(glob_is("[!a-z]*", 0, "B "));
	CHECK(glob_is("[[:upper:]]", 0, "B "));
	CHECK(glob_is("*.c", 0, "c.c "));
	CHECK(glob_is("d/*.c", 0, "d/x.c d/y.c "));
	CHECK(glob_is("*/*.c", 0, "d/x.c d/y.c e/w.c ln/x.c ln/y.c "));
	CHECK(glob_is("[de]/[wx]*", 0, "d/x.c e/w.c "));
	CHECK(glob_is("./d/z*", 0, "./d/z.h "));
	CHECK(glob_is("d//z*", 0, "d//z.h "));
	CHECK(glob_is("/work/t/d/*.h", 0, "/work/t/d/z.h "));
	CHECK(glob_is("/work/*/e", 0, "/work/t/e "));
	/* Hidden names need a literal '.', or GLOB_PERIOD. */
	CHECK(glob_is(".*", 0, ". .. .hd .hidden "));
	CHECK(glob_is(".h*", 0, ".hd .hidden "));
	CHECK(glob_is("*", GLOB_PERIOD, ". .. .hd .hidden B a c.c d e ln st*r "));
	/* No wildcards: the name is looked up, not listed. */
	CHECK(glob_is("d/x.c", 0, "d/x.c "));
	CHECK(glob_is("d", GLOB_MARK, "d/ "));
	CHECK(glob_is("st\\*r", 0, "st*r "));
	/* GLOB_NOESCAPE: "st\\" then a wildcard, which "st*r" does not fit. */
	CHECK(glob("st\\*r", GLOB_NOESCAPE, NULL, &g) == GLOB_NOMATCH);

	/* No match: GLOB_NOMATCH, or the pattern itself with GLOB_NOCHECK. */
	g.gl_pathv = (char **)&g;
	CHECK(glob("*.none", 0, NULL, &g) == GLOB_NOMATCH);
	CHECK(g.gl_pathc == 0 && g.gl_pathv == NULL);
	CHECK(glob("nope", 0, NULL, &g) == GLOB_NOMATCH);
	CHECK(glob_is("*.none", GLOB_NOCHECK, "*.none "));
	CHECK(glob_is("d/q\\*", GLOB_NOCHECK, "d/q\\* "));

	/* GLOB_DOOFFS: gl_offs NULL slots first; GLOB_APPEND adds a second
	 * batch, itself sorted, after the first. */
	g.gl_offs = 2;
	CHECK(glob("d/*", GLOB_DOOFFS, NULL, &g) == 0);
	CHECK(g.gl_pathc == 3 && g.gl_offs == 2);
	CHECK(g.gl_pathv[0] == NULL && g.gl_pathv[1] == NULL);
	CHECK(strcmp(joined(&g, 2), "d/x.c d/y.c d/z.h ") == 0);
	CHECK(glob("[ca]*", GLOB_DOOFFS | GLOB_APPEND, NULL, &g) == 0);
	CHECK(g.gl_pathc == 5 && g.gl_pathv[7] == NULL);
	CHECK(strcmp(joined(&g, 2), "d/x.c d/y.c d/z.h a c.c ") == 0);
	CHECK(glob("*.none", GLOB_DOOFFS | GLOB_APPEND, NULL, &g) == GLOB_NOMATCH);
	CHECK(g.gl_pathc == 5);
	globfree(&g);
	CHECK(g.gl_pathv == NULL);

	/* GLOB_NOSORT: the same names, in the directory's order. */
	CHECK(glob("d/*", GLOB_NOSORT, NULL, &g) == 0);
	CHECK(g.gl_pathc == 3);
	int seen = 0;
	for (size_t i = 0; i < g.gl_pathc; i++)
		seen |= strcmp(g.gl_pathv[i], "d/x.c") == 0 ? 1 : strcmp(g.gl_pathv[i], "d/y.c") == 0 ? 2 : 4;
	CHECK(seen == 7);
	globfree(&g);

	/* From another directory, relative patterns follow it. */
	CHECK(chdir("d") == 0);
	CHECK(glob_is("*.c", 0, "x.c y.c "));
	CHECK(glob_is("../e/*", 0, "../e/w.c "));
	CHECK(chdir("..") == 0);

	/* errfunc hears of each directory that cannot be opened (not one that
	 * is a file); GLOB_ERR or its nonzero answer stops glob. */
	calls[0] = '\0';
	errfunc_answer = 0;
	CHECK(glob("nope/*", 0, record, &g) == GLOB_NOMATCH);
	CHECK(strcmp(calls, "nope:ENOENT ") == 0);
	CHECK(glob("a/*", 0, record, &g) == GLOB_NOMATCH); /* ENOTDIR: not an error */
	CHECK(strcmp(calls, "nope:ENOENT ") == 0);
	CHECK(glob("nope/*", GLOB_ERR, NULL, &g) == GLOB_ABORTED);
	errfunc_answer = 1;
	CHECK(glob("nope/*", 0, record, &g) == GLOB_ABORTED);
	/* Outside every preopen: the libc's ENOTCAPABLE. */
	calls[0] = '\0';
	errfunc_answer = 0;
	CHECK(glob("/elsewhere/*", 0, record, &g) == GLOB_NOMATCH);
	CHECK(strcmp(calls, "/elsewhere:ENOTCAPABLE ") == 0);

	errno = 0;
	CHECK(glob(NULL, 0, NULL, &g) == -1 && errno == EINVAL);

	/* The *64 names are the same functions. */
	glob64_t g64;
	CHECK(glob64("d/*.c", 0, NULL, &g64) == 0);
	CHECK(g64.gl_pathc == 2 && strcmp(g64.gl_pathv[1], "d/y.c") == 0);
	globfree64(&g64);
	CHECK(g64.gl_pathv == NULL);
	return check_summary();
}
