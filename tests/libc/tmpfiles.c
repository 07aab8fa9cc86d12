/*
 * Temporary files and where they go: the first of $TMPDIR, /tmp and the
 * current directory that the program can reach (docs/libc.md).
 *
 *   tmpfiles EXPECTED [TEMPNAM_DIR [TEMPNAM_EXPECTED]]
 *
 * EXPECTED is the directory the names must be in ("." for the current
 * one, which the program first makes /work); tests/39-libc-files2.bats
 * runs it once for each branch, with the preopens and $TMPDIR to match.
 * With TEMPNAM_DIR, tempnam(TEMPNAM_DIR, ...) is checked to use
 * TEMPNAM_EXPECTED, by default TEMPNAM_DIR itself (tempnam tries its
 * argument after $TMPDIR, before /tmp).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static const char *want;

/* Whether `name` is in the directory `dir`: "DIR/rest" with rest free
 * of slashes; for ".", a bare name (tmpnam) or "./rest" (tempnam). */
static int in(const char *dir, const char *name, const char *prefix)
{
	size_t len = strcmp(dir, ".") == 0 && strncmp(name, "./", 2) != 0 ? 0 : strlen(dir);
	if (len > 0 && (strncmp(name, dir, len) != 0 || name[len] != '/'))
		return 0;
	const char *rest = name + len + (len > 0);
	return strchr(rest, '/') == NULL && strncmp(rest, prefix, strlen(prefix)) == 0;
}

static int in_dir(const char *name, const char *prefix)
{
	return in(want, name, prefix);
}

/* Files in the expected directory whose names start with prefix. */
static int count(const char *prefix)
{
	DIR *d = opendir(want);
	int n = 0;
	struct dirent *e;
	while (d != NULL && (e = readdir(d)) != NULL)
		n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
	if (d != NULL)
		closedir(d);
	return n;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	want = argv[1];
	if (strcmp(want, ".") == 0)
		CHECK(chdir("/work") == 0);

	/* tmpnam: a name there, not taken; into a buffer of L_tmpnam. */
	char buf[L_tmpnam];
	char *name = tmpnam(buf);
	CHECK(name == buf && in_dir(name, "tmp."));
	char *again = tmpnam(NULL);
	CHECK(again != NULL && in_dir(again, "tmp.") && strcmp(again, buf) != 0);
	struct stat st;
	errno = 0;
	CHECK(stat(name, &st) == -1 && errno == ENOENT);
	/* The directory can hold it. */
	int fd = open(name, O_WRONLY | O_CREAT | O_EXCL, 0600);
	CHECK(fd >= 0 && close(fd) == 0 && unlink(name) == 0);

	/* tempnam: the prefix cut to five characters, malloc'd. */
	const char *tdir = argc > 3 ? argv[3] : argc > 2 ? argv[2] : want;
	char *t = tempnam(argc > 2 ? argv[2] : NULL, "prefix-long");
	CHECK(t != NULL && in(tdir, t, "prefi") && strlen(strrchr(t, '/') + 1) == 11);
	free(t);
	t = tempnam("/work/not-there", NULL);
	CHECK(t != NULL && in_dir(t, "") && strlen(strrchr(t, '/') + 1) == 6);
	free(t);

	/* tmpfile: created there (the count of tmpfile.* is the same after:
	 * it is unlinked at once) and usable. */
	int before = count("tmpfile.");
	FILE *f = tmpfile();
	CHECK(f != NULL);
	CHECK(count("tmpfile.") == before);
	CHECK(fputs("scratch", f) >= 0 && fseek(f, 0, SEEK_SET) == 0 && fgetc(f) == 's');
	CHECK(fclose(f) == 0);

	/* mkstemp and its kin use the template's directory, whatever $TMPDIR. */
	char tmpl[] = "/work/ms-XXXXXX";
	fd = mkstemp(tmpl);
	CHECK(fd >= 0 && strncmp(tmpl, "/work/ms-", 9) == 0 && strcmp(tmpl + 9, "XXXXXX") != 0);
	CHECK(close(fd) == 0 && unlink(tmpl) == 0);
	char tmpl_s[] = "/work/mss-XXXXXX.txt";
	fd = mkstemps(tmpl_s, 4);
	CHECK(fd >= 0 && strcmp(tmpl_s + 16, ".txt") == 0 && strncmp(tmpl_s + 10, "XXXXXX", 6) != 0);
	CHECK(write(fd, "x", 1) == 1 && close(fd) == 0 && unlink(tmpl_s) == 0);
	char tmpl_o[] = "/work/mso-XXXXXX";
	fd = mkostemp(tmpl_o, O_APPEND);
	CHECK(fd >= 0 && (fcntl(fd, F_GETFL) & O_APPEND) && (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR);
	CHECK(close(fd) == 0 && unlink(tmpl_o) == 0);
	char tmpl_os[] = "/work/msos-XXXXXXab";
	fd = mkostemps(tmpl_os, 2, 0);
	CHECK(fd >= 0 && strcmp(tmpl_os + 17, "ab") == 0 && close(fd) == 0 && unlink(tmpl_os) == 0);
	char tmpl_d[] = "/work/dir-XXXXXX";
	CHECK(mkdtemp(tmpl_d) == tmpl_d && stat(tmpl_d, &st) == 0 && S_ISDIR(st.st_mode));
	CHECK(rmdir(tmpl_d) == 0);
	/* Templates that do not end in XXXXXX: EINVAL, unchanged. */
	char bad[] = "/work/bad-XXXXX";
	errno = 0;
	CHECK(mkstemp(bad) == -1 && errno == EINVAL && strcmp(bad, "/work/bad-XXXXX") == 0);
	char bad_s[] = "/work/bad-XXXXXX.c";
	errno = 0;
	CHECK(mkstemps(bad_s, 3) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(mkstemps(bad_s, 30) == -1 && errno == EINVAL);
	char bad_d[] = "XXXX";
	errno = 0;
	CHECK(mkdtemp(bad_d) == NULL && errno == EINVAL);
	char gone[] = "/work/none/x-XXXXXX";
	errno = 0;
	CHECK(mkdtemp(gone) == NULL && errno == ENOENT);
	return check_summary();
}
