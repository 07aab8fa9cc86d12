/*
 * Files through preopens: stdio streams and descriptors, seeking,
 * directories, the current directory, and the errors a program sees.
 *
 * Run by tests/34-libc-files.bats with two preopens over a fixture it
 * makes: /work (writable; holds `locked`, a file nobody may read, and
 * the symlinks `escape` -> ../outside/secret.txt and `abs-escape` ->
 * /etc/passwd) and /ro (data.txt: "line 1\n" ... "line 2000\n").  It
 * runs as an unprivileged user, so file permissions apply.  In wasm the
 * host's sandbox is checked too; the native build (no sandbox) skips that.
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

/* The whole of a file, or NULL; *len gets its size. */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	size_t cap = 256, n = 0;
	char *buf = malloc(cap);
	for (;;) {
		if (n == cap)
			buf = realloc(buf, cap *= 2);
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	*len = n;
	return buf;
}

static int file_is(const char *path, const char *want)
{
	size_t len;
	char *got = slurp(path, &len);
	int ok = got != NULL && len == strlen(want) && memcmp(got, want, len) == 0;
	free(got);
	return ok;
}

static void test_write_read(void)
{
	FILE *f = fopen("/work/a.txt", "w");
	CHECK(f != NULL);
	CHECK(fprintf(f, "line %d\n", 1) == 7);
	CHECK(fputs("line two\n", f) >= 0);
	CHECK(fwrite("no newline", 1, 10, f) == 10);
	CHECK(fgetc(f) == EOF && ferror(f)); /* opened for writing only */
	clearerr(f);
	CHECK(fclose(f) == 0);
	CHECK(file_is("/work/a.txt", "line 1\nline two\nno newline"));

	char buf[64];
	f = fopen("/work/a.txt", "r");
	CHECK(f != NULL);
	CHECK(fgets(buf, sizeof buf, f) != NULL && strcmp(buf, "line 1\n") == 0);
	CHECK(fgetc(f) == 'l' && getc(f) == 'i');
	CHECK(fgets(buf, 4, f) != NULL && strcmp(buf, "ne ") == 0);
	CHECK(fgets(buf, sizeof buf, f) != NULL && strcmp(buf, "two\n") == 0);
	CHECK(fgets(buf, sizeof buf, f) != NULL && strcmp(buf, "no newline") == 0);
	CHECK(!feof(f) || 1);
	CHECK(fgets(buf, sizeof buf, f) == NULL && feof(f) && !ferror(f));
	CHECK(fgetc(f) == EOF);
	CHECK(fputc('x', f) == EOF && ferror(f)); /* opened for reading only */
	CHECK(fclose(f) == 0);

	/* Append: every write lands at the end, and ftell says where. */
	f = fopen("/work/a.txt", "a");
	CHECK(f != NULL && ftell(f) == 0);
	CHECK(fputs("|more", f) >= 0);
	CHECK(ftell(f) == 31);
	CHECK(fclose(f) == 0);
	CHECK(file_is("/work/a.txt", "line 1\nline two\nno newline|more"));

	/* "a+": reads from anywhere, writes at the end. */
	f = fopen("/work/a.txt", "a+");
	CHECK(f != NULL);
	CHECK(fseek(f, 0, SEEK_SET) == 0 && fgets(buf, sizeof buf, f) && strcmp(buf, "line 1\n") == 0);
	CHECK(fseek(f, 0, SEEK_CUR) == 0 && fputs("!", f) >= 0 && fclose(f) == 0);
	CHECK(file_is("/work/a.txt", "line 1\nline two\nno newline|more!"));

	/* "w+" truncates; "x" refuses an existing file. */
	f = fopen("/work/a.txt", "w+");
	CHECK(f != NULL && fputs("abc", f) >= 0);
	rewind(f);
	CHECK(fgetc(f) == 'a' && fclose(f) == 0);
	CHECK(file_is("/work/a.txt", "abc"));
	errno = 0;
	CHECK(fopen("/work/a.txt", "wx") == NULL && errno == EEXIST);
	f = fopen("/work/new.txt", "wx");
	CHECK(f != NULL && fclose(f) == 0);
	CHECK(remove("/work/new.txt") == 0);
	errno = 0;
	CHECK(fopen("/work/a.txt", "q") == NULL && errno == EINVAL);
	CHECK(fopen("/work/a.txt", "rx") == NULL && errno == EINVAL);
}

/* /ro/data.txt, copied through streams in odd-sized pieces. */
static void test_copy(void)
{
	char want[20000];
	size_t wlen = 0;
	for (int i = 1; i <= 2000; i++)
		wlen += (size_t)snprintf(want + wlen, sizeof want - wlen, "line %d\n", i);

	FILE *in = fopen("/ro/data.txt", "r");
	FILE *out = fopen("/work/copy.txt", "w");
	CHECK(in != NULL && out != NULL);
	char chunk[777];
	size_t total = 0, n;
	while ((n = fread(chunk, 1, sizeof chunk, in)) > 0) {
		CHECK(fwrite(chunk, 1, n, out) == n);
		total += n;
	}
	CHECK(feof(in) && !ferror(in) && total == wlen);
	CHECK(fclose(in) == 0 && fclose(out) == 0);

	size_t len;
	char *got = slurp("/work/copy.txt", &len);
	CHECK(got != NULL && len == wlen && memcmp(got, want, len) == 0);
	free(got);

	struct stat st;
	CHECK(stat("/work/copy.txt", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == (off_t)wlen);

	/* Line by line with getline: 2000 lines, the last one right. */
	in = fopen("/ro/data.txt", "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t r;
	int lines = 0, ok = 1;
	while ((r = getline(&line, &cap, in)) > 0) {
		char expect[32];
		lines++;
		snprintf(expect, sizeof expect, "line %d\n", lines);
		ok &= (size_t)r == strlen(expect) && strcmp(line, expect) == 0;
	}
	CHECK(lines == 2000 && ok && r == -1 && feof(in));
	free(line);
	fclose(in);

	/* The ro preopen takes writes too (it is a capability, not a mode);
	 * writing the file there would change the fixture, so only look. */
	CHECK(access("/ro/data.txt", R_OK) == 0 && access("/ro", X_OK) == 0);
}

static void test_seek(void)
{
	FILE *f = fopen("/work/seek.bin", "w+b");
	CHECK(f != NULL);
	for (int i = 0; i < 256; i++)
		fputc(i, f);
	CHECK(ftell(f) == 256);
	CHECK(fseek(f, 10, SEEK_SET) == 0 && fgetc(f) == 10 && ftell(f) == 11);
	CHECK(fseek(f, -1, SEEK_END) == 0 && fgetc(f) == 255 && fgetc(f) == EOF && feof(f));
	CHECK(fseek(f, -100, SEEK_CUR) == 0 && !feof(f) && fgetc(f) == 156);
	CHECK(fseeko(f, (off_t)50, SEEK_SET) == 0 && ftello(f) == 50 && fgetc(f) == 50);
	CHECK(fseeko(f, (off_t)-6, SEEK_END) == 0 && ftello(f) == 250 && fgetc(f) == 250);
	/* Overwrite in the middle, then read across it. */
	CHECK(fseek(f, 100, SEEK_SET) == 0 && fwrite("XYZ", 1, 3, f) == 3);
	CHECK(fseek(f, 99, SEEK_SET) == 0);
	unsigned char b[5];
	CHECK(fread(b, 1, 5, f) == 5 && b[0] == 99 && memcmp(b + 1, "XYZ", 3) == 0 && b[4] == 103);
	fpos_t pos;
	CHECK(fgetpos(f, &pos) == 0 && ftello(f) == 104);
	CHECK(fgetc(f) == 104 && fsetpos(f, &pos) == 0 && fgetc(f) == 104);
	CHECK(fseek(f, 0, 42) == -1 && errno == EINVAL);
	CHECK(fseek(f, -1, SEEK_SET) == -1 && errno == EINVAL);

	/* ungetc: pushed back characters come back last-in first-out and
	 * move the position back; the file is not changed. */
	rewind(f);
	CHECK(fgetc(f) == 0 && fgetc(f) == 1);
	CHECK(ungetc('b', f) == 'b' && ungetc('a', f) == 'a' && ftell(f) == 0);
	CHECK(fgetc(f) == 'a' && fgetc(f) == 'b' && fgetc(f) == 2);
	CHECK(ungetc(EOF, f) == EOF && fgetc(f) == 3);
	/* Pushing back at end of file clears the indicator. */
	CHECK(fseek(f, 0, SEEK_END) == 0 && fgetc(f) == EOF && feof(f));
	CHECK(ungetc('z', f) == 'z' && !feof(f) && fgetc(f) == 'z' && fgetc(f) == EOF);
	CHECK(fclose(f) == 0);

	/* Large: 1 MiB in odd pieces, checked against pread at odd places. */
	int fd = open("/work/big.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	f = fdopen(fd, "w+");
	CHECK(f != NULL && fileno(f) == fd);
	static unsigned char big[1 << 20];
	for (size_t i = 0; i < sizeof big; i++)
		big[i] = (unsigned char)(i * 7 + (i >> 11));
	size_t at = 0, step = 1;
	while (at < sizeof big) {
		size_t n = step < sizeof big - at ? step : sizeof big - at;
		CHECK(fwrite(big + at, 1, n, f) == n);
		at += n;
		step = step * 3 % 9001 + 1;
	}
	CHECK(fflush(f) == 0);
	int ok = 1;
	for (size_t off = 5; off < sizeof big; off += 65521) {
		unsigned char b4[4] = {0};
		ok &= pread(fd, b4, 4, (off_t)off) == 4 && memcmp(b4, big + off, 4) == 0;
	}
	CHECK(ok);
	ok = 1;
	for (size_t off = 3; off + 100 < sizeof big; off += 99991) {
		unsigned char b100[100];
		ok &= fseek(f, (long)off, SEEK_SET) == 0 && fread(b100, 1, 100, f) == 100 &&
		      memcmp(b100, big + off, 100) == 0;
	}
	CHECK(ok);
	CHECK(fclose(f) == 0);
	CHECK(close(fd) == -1 && errno == EBADF); /* fclose closed it */
	CHECK(unlink("/work/big.bin") == 0);
}

static void test_buffering(void)
{
	FILE *f = fopen("/work/buf.txt", "w");
	CHECK(setvbuf(f, NULL, _IONBF, 0) == 0);
	CHECK(fputs("unbuffered", f) >= 0);
	CHECK(file_is("/work/buf.txt", "unbuffered")); /* already there */
	static char lbuf[32];
	CHECK(setvbuf(f, lbuf, _IOLBF, sizeof lbuf) == 0);
	CHECK(fputs(" part", f) >= 0 && file_is("/work/buf.txt", "unbuffered"));
	CHECK(fputs(" line\n", f) >= 0 && file_is("/work/buf.txt", "unbuffered part line\n"));
	CHECK(setvbuf(f, NULL, _IOFBF, 0) == 0);
	CHECK(fputs("held", f) >= 0 && file_is("/work/buf.txt", "unbuffered part line\n"));
	CHECK(fclose(f) == 0 && file_is("/work/buf.txt", "unbuffered part line\nheld"));

	/* Reading unbuffered, and a long line through fgets and getdelim. */
	f = fopen("/work/long.txt", "w");
	for (int i = 0; i < 10000; i++)
		fputc('a' + i % 26, f);
	fputs("\nend", f);
	fclose(f);
	f = fopen("/work/long.txt", "r");
	CHECK(setvbuf(f, NULL, _IONBF, 0) == 0);
	static char line[20000];
	CHECK(fgets(line, sizeof line, f) != NULL && strlen(line) == 10001 && line[10000] == '\n');
	CHECK(fgets(line, sizeof line, f) != NULL && strcmp(line, "end") == 0);
	fclose(f);
	f = fopen("/work/long.txt", "r");
	char *l = NULL;
	size_t cap = 0;
	CHECK(getdelim(&l, &cap, 'z', f) == 26 && l[25] == 'z' && cap >= 27);
	CHECK(getdelim(&l, &cap, '\n', f) == 10001 - 26 && l[0] == 'a');
	CHECK(getdelim(&l, &cap, '\n', f) == 3 && strcmp(l, "end") == 0);
	CHECK(getdelim(&l, &cap, '\n', f) == -1 && feof(f));
	free(l);
	fclose(f);
	CHECK(unlink("/work/long.txt") == 0 && unlink("/work/buf.txt") == 0);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_directories(void)
{
	CHECK(mkdir("/work/dir", 0755) == 0);
	CHECK(mkdir("/work/dir", 0755) == -1 && errno == EEXIST);
	/* Enough entries, with long names, for several fd_readdir calls. */
	enum { N = 300 };
	char name[300];
	for (int i = 0; i < N; i++) {
		snprintf(name, sizeof name, "/work/dir/file-%03d-%0100d", i, i);
		FILE *f = fopen(name, "w");
		CHECK(f != NULL && fclose(f) == 0);
	}
	CHECK(mkdir("/work/dir/sub/", 0755) == 0);

	DIR *d = opendir("/work/dir");
	CHECK(d != NULL);
	char *names[N + 8];
	int count = 0, dots = 0, dirs = 0;
	struct dirent *e;
	errno = 0;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
			dots++;
			continue;
		}
		if (e->d_type == DT_DIR)
			dirs++;
		if (count < N + 8)
			names[count++] = strdup(e->d_name);
	}
	CHECK(errno == 0 && dots == 2 && count == N + 1 && dirs == 1);
	qsort(names, (size_t)count, sizeof names[0], cmp_str);
	snprintf(name, sizeof name, "file-%03d-%0100d", 123, 123);
	CHECK(strcmp(names[123], name) == 0 && strcmp(names[N], "sub") == 0);
	for (int i = 0; i < count; i++)
		free(names[i]);

	/* Again from the start, and from a remembered place. */
	rewinddir(d);
	int again = 0;
	long mark = 0;
	char marked[300] = "";
	while ((e = readdir(d)) != NULL) {
		if (++again == 100) {
			mark = telldir(d);
			e = readdir(d);
			again++;
			snprintf(marked, sizeof marked, "%s", e->d_name);
		}
	}
	CHECK(again == N + 3);
	seekdir(d, mark);
	e = readdir(d);
	CHECK(e != NULL && strcmp(e->d_name, marked) == 0);
	CHECK(closedir(d) == 0);

	CHECK(rmdir("/work/dir") == -1 && errno == ENOTEMPTY);
	errno = 0;
	CHECK(opendir("/work/a.txt") == NULL && errno == ENOTDIR);
	CHECK(opendir("/work/nothing") == NULL && errno == ENOENT);
	int fd = open("/work/dir", O_RDONLY | O_DIRECTORY);
	CHECK(fd >= 0);
	d = fdopendir(fd);
	CHECK(d != NULL && dirfd(d) == fd);
	/* openat/unlinkat relative to the directory fd. */
	int sfd = openat(fd, "sub/inner.txt", O_WRONLY | O_CREAT, 0644);
	CHECK(sfd >= 0 && write(sfd, "in", 2) == 2 && close(sfd) == 0);
	CHECK(file_is("/work/dir/sub/inner.txt", "in"));
	CHECK(unlinkat(fd, "sub/inner.txt", 0) == 0);
	CHECK(unlinkat(fd, "sub", AT_REMOVEDIR) == 0);
	for (int i = 0; i < N; i++) {
		snprintf(name, sizeof name, "file-%03d-%0100d", i, i);
		if (unlinkat(fd, name, 0) != 0)
			CHECK(!"unlinkat");
	}
	CHECK(closedir(d) == 0);
	CHECK(rmdir("/work/dir") == 0);
	CHECK(rmdir("/work/dir") == -1 && errno == ENOENT);

	/* remove() takes files and empty directories. */
	CHECK(mkdir("/work/gone", 0755) == 0 && remove("/work/gone") == 0);
	CHECK(fclose(fopen("/work/gone", "w")) == 0 && remove("/work/gone") == 0);
	CHECK(remove("/work/gone") == -1 && errno == ENOENT);

	/* rename within a preopen. */
	CHECK(rename("/work/copy.txt", "/work/moved.txt") == 0);
	CHECK(access("/work/copy.txt", F_OK) == -1 && errno == ENOENT);
	CHECK(access("/work/moved.txt", F_OK) == 0);
	CHECK(rename("/work/missing", "/work/x") == -1 && errno == ENOENT);
}

static void test_cwd(void)
{
	char buf[256];
	CHECK(getcwd(buf, sizeof buf) != NULL && strcmp(buf, "/") == 0);
	CHECK(chdir("/work") == 0 && strcmp(getcwd(buf, sizeof buf), "/work") == 0);
	CHECK(file_is("a.txt", "abc") && file_is("./a.txt", "abc") && file_is("../work//a.txt", "abc"));
	CHECK(mkdir("sub", 0755) == 0 && chdir("sub") == 0);
	CHECK(strcmp(getcwd(buf, sizeof buf), "/work/sub") == 0);
	CHECK(file_is("../a.txt", "abc") && file_is("/work/a.txt", "abc"));
	FILE *f = fopen("here.txt", "w");
	CHECK(f != NULL && fclose(f) == 0 && access("/work/sub/here.txt", F_OK) == 0);
	CHECK(chdir("..") == 0 && strcmp(getcwd(buf, sizeof buf), "/work") == 0);
	CHECK(unlink("sub/here.txt") == 0 && rmdir("sub") == 0);
	/* ".." at the root stays there; "/" is a directory of the namespace
	 * only (it holds the preopens). */
	CHECK(chdir("../../..") == 0 && strcmp(getcwd(buf, sizeof buf), "/") == 0);
	CHECK(file_is("work/a.txt", "abc"));
	CHECK(chdir("/work/a.txt") == -1 && errno == ENOTDIR);
	CHECK(chdir("/work/none") == -1 && errno == ENOENT);
	CHECK(chdir("/elsewhere") == -1 && errno == ENOTCAPABLE);
	CHECK(chdir("") == -1 && errno == ENOENT);
	CHECK(getcwd(buf, 1) == NULL && errno == ERANGE);
	char *dyn = getcwd(NULL, 0);
	CHECK(dyn != NULL && strcmp(dyn, "/") == 0);
	free(dyn);
	CHECK(chdir("/work") == 0);

	/* tmpfile: in $TMPDIR, /tmp or here, whichever exists; gone after. */
	f = tmpfile();
	CHECK(f != NULL);
	CHECK(fputs("temporary", f) >= 0 && fseek(f, 0, SEEK_SET) == 0);
	CHECK(fgets(buf, sizeof buf, f) != NULL && strcmp(buf, "temporary") == 0);
	CHECK(fclose(f) == 0);
	DIR *d = opendir(".");
	struct dirent *e;
	int leftovers = 0;
	while ((e = readdir(d)) != NULL)
		leftovers += strncmp(e->d_name, "tmpfile", 7) == 0;
	closedir(d);
	CHECK(leftovers == 0);
	char tmpl[] = "/work/tmp-XXXXXX";
	int fd = mkstemp(tmpl);
	/* The six X are replaced (by letters and digits, X among them). */
	CHECK(fd >= 0 && strncmp(tmpl, "/work/tmp-", 10) == 0 && strcmp(tmpl + 10, "XXXXXX") != 0);
	CHECK(close(fd) == 0 && unlink(tmpl) == 0);
	CHECK(chdir("/") == 0);
}

static void test_descriptors(void)
{
	int fd = open("/work/fd.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 3);
	CHECK(write(fd, "hello world", 11) == 11);
	CHECK(lseek(fd, 0, SEEK_CUR) == 11 && lseek(fd, 6, SEEK_SET) == 6);
	char buf[32] = {0};
	CHECK(read(fd, buf, sizeof buf) == 5 && strcmp(buf, "world") == 0);
	CHECK(read(fd, buf, sizeof buf) == 0);
	CHECK(pwrite(fd, "W", 1, 6) == 1 && lseek(fd, 0, SEEK_CUR) == 11);
	memset(buf, 0, sizeof buf);
	CHECK(pread(fd, buf, 5, 6) == 5 && strcmp(buf, "World") == 0);
	CHECK(pread(fd, buf, 5, -1) == -1 && errno == EINVAL);
	CHECK(ftruncate(fd, 5) == 0 && lseek(fd, 0, SEEK_END) == 5);
	struct stat st;
	CHECK(fstat(fd, &st) == 0 && st.st_size == 5 && S_ISREG(st.st_mode) && st.st_nlink == 1);
	CHECK(fsync(fd) == 0);
	CHECK(lseek(fd, 0, 7) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(isatty(fd) == 0 && errno == ENOTTY);
	CHECK((fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR);
	CHECK(fcntl(fd, F_SETFL, O_APPEND) == 0 && (fcntl(fd, F_GETFL) & O_APPEND));
	CHECK(lseek(fd, 0, SEEK_SET) == 0 && write(fd, "!", 1) == 1);
	CHECK(close(fd) == 0);
	CHECK(file_is("/work/fd.txt", "hello!"));
	CHECK(close(fd) == -1 && errno == EBADF);
	CHECK(read(fd, buf, 1) == -1 && errno == EBADF);
	CHECK(write(fd, buf, 1) == -1 && errno == EBADF);
	CHECK(fstat(fd, &st) == -1 && errno == EBADF);

	fd = open("/work/fd.txt", O_RDONLY);
	CHECK(fd >= 0 && write(fd, "x", 1) == -1);
	CHECK((fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY && close(fd) == 0);
	fd = open("/work/fd.txt", O_WRONLY | O_TRUNC);
	CHECK(fd >= 0 && read(fd, buf, 1) == -1 && close(fd) == 0);
	CHECK(file_is("/work/fd.txt", ""));
	CHECK(open("/work/fd.txt", O_RDONLY | O_DIRECTORY) == -1 && errno == ENOTDIR);
	CHECK(open("/work", O_WRONLY) == -1 && errno == EISDIR);
	CHECK(open("/work/fd.txt/", O_RDONLY) == -1 && errno == ENOTDIR);
	CHECK(open("/work/fd.txt", O_CREAT | O_EXCL | O_WRONLY, 0644) == -1 && errno == EEXIST);
	CHECK(open("", O_RDONLY) == -1 && errno == ENOENT);
	CHECK(unlink("/work/fd.txt") == 0);
	CHECK(unlink("/work/fd.txt") == -1 && errno == ENOENT);
	CHECK(unlink("/work") == -1);
	CHECK(rmdir("/work/a.txt") == -1 && errno == ENOTDIR);

	/* Symlinks: lstat sees the link, stat and open its target. */
	CHECK(symlink("a.txt", "/work/link") == 0);
	CHECK(lstat("/work/link", &st) == 0 && S_ISLNK(st.st_mode));
	CHECK(stat("/work/link", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 3);
	char target[64];
	CHECK(readlink("/work/link", target, sizeof target) == 5 && memcmp(target, "a.txt", 5) == 0);
	CHECK(file_is("/work/link", "abc"));
	CHECK(open("/work/link", O_RDONLY | O_NOFOLLOW) == -1 && errno == ELOOP);
	CHECK(unlink("/work/link") == 0 && access("/work/a.txt", F_OK) == 0);
	CHECK(stat("/work", &st) == 0 && S_ISDIR(st.st_mode));
	CHECK(stat("/ro/data.txt", &st) == 0 && st.st_size > 0);
}

/* What perror prints, by sending stderr to a file for a moment. */
static void test_errors(void)
{
	/* Missing file, permission, outside every preopen. */
	errno = 0;
	CHECK(fopen("/work/missing.txt", "r") == NULL && errno == ENOENT);
	CHECK(strcmp(strerror(errno), "No such file or directory") == 0);
	errno = 0;
	CHECK(fopen("/work/locked", "r") == NULL && errno == EACCES);
	CHECK(strcmp(strerror(errno), "Permission denied") == 0);
	CHECK(access("/work/locked", F_OK) == 0);
	CHECK(access("/work/locked", R_OK) == -1 && errno == EACCES);
	CHECK(access("/work/locked", W_OK) == -1 && errno == EACCES);
	CHECK(access("/work/a.txt", R_OK | W_OK) == 0);
	CHECK(access("/work/a.txt", X_OK) == -1 && errno == EACCES);
	CHECK(access("/work/a.txt", 99) == -1 && errno == EINVAL);
	CHECK(fopen("/etc/passwd", "r") == NULL && errno == ENOTCAPABLE);
	CHECK(strcmp(strerror(errno), "Capabilities insufficient") == 0);
	CHECK(fopen("/work/../../etc/passwd", "r") == NULL && errno == ENOTCAPABLE);
	CHECK(fopen("relative.txt", "r") == NULL && errno == ENOTCAPABLE); /* cwd "/" */
	/* "/" lies above the preopen /work: it exists for stat, as for
	 * realpath and chdir; what is beside /work does not. */
	struct stat root;
	CHECK(stat("/", &root) == 0 && S_ISDIR(root.st_mode));
	CHECK(stat("/etc", &root) == -1 && errno == ENOTCAPABLE);
	CHECK(mkdir("/newtop", 0755) == -1 && errno == ENOTCAPABLE);
#ifdef __wasm64__
	/* The host's sandbox: symlinks out of the preopen, and renames
	 * between two preopens. */
	CHECK(fopen("/work/escape", "r") == NULL && errno == ENOTCAPABLE);
	CHECK(fopen("/work/abs-escape", "r") == NULL && errno == ENOTCAPABLE);
	CHECK(rename("/work/a.txt", "/ro/a.txt") == -1 && errno == ENOTCAPABLE);
#endif

	FILE *saved = fopen("/work/stderr.txt", "w");
	CHECK(saved != NULL && fclose(saved) == 0);
	CHECK(freopen("/work/stderr.txt", "w", stderr) == stderr);
	errno = ENOENT;
	perror("/work/missing.txt");
	errno = EACCES;
	perror("/work/locked");
	errno = ENOTCAPABLE;
	perror("/etc/passwd");
	errno = EISDIR;
	perror(NULL);
	fprintf(stderr, "%s\n", strerror(ENOTEMPTY));
	/* The new file took fd 2, as POSIX's freopen leaves it. */
	CHECK(fileno(stderr) == STDERR_FILENO && write(STDERR_FILENO, "raw write\n", 10) == 10);
	CHECK(fclose(stderr) == 0);
	CHECK(file_is("/work/stderr.txt", "/work/missing.txt: No such file or directory\n"
					  "/work/locked: Permission denied\n"
					  "/etc/passwd: Capabilities insufficient\n"
					  "Is a directory\n"
					  "Directory not empty\n"
					  "raw write\n"));
	CHECK(unlink("/work/stderr.txt") == 0);

	/* freopen keeps the FILE and moves it to another file. */
	FILE *f = fopen("/work/a.txt", "r");
	CHECK(f != NULL && fgetc(f) == 'a');
	int old_fd = fileno(f);
	CHECK(freopen("/work/reopened.txt", "w", f) == f && fileno(f) == old_fd);
	CHECK(fprintf(f, "to the file %d\n", 42) == 15 && fclose(f) == 0);
	CHECK(file_is("/work/reopened.txt", "to the file 42\n") && unlink("/work/reopened.txt") == 0);
	CHECK(freopen("/work/nope/x", "r", stdin) == NULL && errno == ENOENT);
}

int main(void)
{
	test_write_read();
	test_copy();
	test_seek();
	test_buffering();
	test_directories();
	test_cwd();
	test_descriptors();
	test_errors();
	return check_summary();
}
