/*
 * More of stdio: streams over memory (fmemopen, open_memstream) and over
 * functions (fopencookie), the _unlocked family and the stream locks,
 * stdio_ext.h, setbuffer, setlinebuf, fpurge, fgetln, getw/putw and the
 * *64 names.  tests/libc-native/stdio_diff.c compares the memory and
 * cookie streams with glibc's on generated operations.
 *
 * Run by tests/39-libc-files2.bats with /work preopened (writable).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static void test_fmemopen(void)
{
	char buf[16] = "hello world";
	char line[32];

	FILE *f = fmemopen(buf, 11, "r");
	CHECK(f != NULL);
	CHECK(fgets(line, sizeof line, f) != NULL && strcmp(line, "hello world") == 0);
	CHECK(fgetc(f) == EOF && feof(f) && !ferror(f));
	CHECK(fseek(f, 6, SEEK_SET) == 0 && ftell(f) == 6 && fgetc(f) == 'w');
	CHECK(fseek(f, -2, SEEK_END) == 0 && fread(line, 1, 10, f) == 2 && memcmp(line, "ld", 2) == 0);
	errno = 0;
	CHECK(fseek(f, 12, SEEK_SET) == -1 && errno == EINVAL); /* past the size */
	errno = 0;
	CHECK(fseek(f, -1, SEEK_SET) == -1 && errno == EINVAL);
	/* Read-only, also after a seek (the stream neither reads nor writes
	 * then: fputc once took that for a stream ready to write). */
	CHECK(fputc('x', f) == EOF && ferror(f));
	errno = 0;
	CHECK(fileno(f) == -1 && errno == EBADF);
	CHECK(fclose(f) == 0);

	/* "w": written at flush, a NUL after the bytes while there is room. */
	memset(buf, 'x', sizeof buf);
	f = fmemopen(buf, 8, "w");
	CHECK(f != NULL && fprintf(f, "%d-%s", 42, "ab") == 5);
	CHECK(ftell(f) == 5 && fflush(f) == 0 && strcmp(buf, "42-ab") == 0);
	/* A write past the end is cut short: an error at the flush, and the
	 * last byte of the buffer is a NUL. */
	CHECK(fputs("0123456789", f) >= 0);
	CHECK(fflush(f) == EOF && ferror(f));
	CHECK(memcmp(buf, "42-ab01\0", 8) == 0 && buf[8] == 'x');
	CHECK(fclose(f) == 0);

	/* "a": from the first NUL, and always at the end. */
	strcpy(buf, "abc");
	f = fmemopen(buf, sizeof buf, "a+");
	CHECK(f != NULL && ftell(f) == 3);
	CHECK(fputs("de", f) >= 0 && fflush(f) == 0 && strcmp(buf, "abcde") == 0);
	CHECK(fseek(f, 0, SEEK_SET) == 0 && fgetc(f) == 'a');
	CHECK(fseek(f, 1, SEEK_SET) == 0 && fputc('!', f) == '!' && fflush(f) == 0);
	CHECK(strcmp(buf, "abcde!") == 0);
	CHECK(fclose(f) == 0);

	/* A buffer of its own (freed at fclose), read back after writing. */
	f = fmemopen(NULL, 64, "w+");
	CHECK(f != NULL && fputs("scratch", f) >= 0);
	rewind(f);
	CHECK(fgets(line, sizeof line, f) != NULL && strcmp(line, "scratch") == 0);
	CHECK(fclose(f) == 0);

	errno = 0;
	CHECK(fmemopen(buf, sizeof buf, "z") == NULL && errno == EINVAL);
}

static void test_memstream(void)
{
	char *p = NULL;
	size_t n = 99;
	FILE *f = open_memstream(&p, &n);
	CHECK(f != NULL);
	for (int i = 0; i < 10000; i++)
		fprintf(f, "%d,", i);
	CHECK(fflush(f) == 0 && n == strlen(p) && n == 48890);
	CHECK(strncmp(p, "0,1,2,", 6) == 0 && strcmp(p + n - 5, "9999,") == 0);
	/* The size is the position: back, overwrite, flush. */
	CHECK(fseek(f, 2, SEEK_SET) == 0 && fputs("X", f) >= 0 && fflush(f) == 0);
	CHECK(n == 3 && strncmp(p, "0,X,2,", 6) == 0 && strlen(p) == 48890);
	/* Past the end: zeros fill the gap. */
	CHECK(fseek(f, 48895, SEEK_SET) == 0 && fputc('E', f) == 'E' && fflush(f) == 0);
	CHECK(n == 48896 && p[48890] == 0 && p[48894] == 0 && p[48895] == 'E' && p[48896] == 0);
	CHECK(fgetc(f) == EOF && ferror(f)); /* write-only */
	CHECK(ftell(f) == 48896);
	clearerr(f);
	CHECK(fputs("tail", f) >= 0 && fclose(f) == 0 && n == 48900 && strcmp(p + 48895, "Etail") == 0);
	free(p);

	/* Nothing written: an empty string. */
	f = open_memstream(&p, &n);
	CHECK(f != NULL && fclose(f) == 0 && p != NULL && n == 0 && p[0] == '\0');
	free(p);
}

/* A cookie: a string to read and a log of what was written. */
struct cookie {
	const char *in;
	size_t in_pos;
	char out[256];
	size_t out_len;
	int writes, closed;
	off_t pos;
};

static ssize_t c_read(void *cookie, char *buf, size_t n)
{
	struct cookie *c = cookie;
	size_t left = strlen(c->in) - c->in_pos;
	if (n > left)
		n = left;
	memcpy(buf, c->in + c->in_pos, n);
	c->in_pos += n;
	return (ssize_t)n;
}

static ssize_t c_write(void *cookie, const char *buf, size_t n)
{
	struct cookie *c = cookie;
	if (n > sizeof c->out - c->out_len)
		n = sizeof c->out - c->out_len;
	memcpy(c->out + c->out_len, buf, n);
	c->out_len += n;
	c->writes++;
	return (ssize_t)n;
}

static int c_seek(void *cookie, off_t *pos, int whence)
{
	struct cookie *c = cookie;
	if (whence == SEEK_SET)
		c->in_pos = (size_t)*pos;
	else if (whence == SEEK_CUR)
		c->in_pos = (size_t)((off_t)c->in_pos + *pos);
	else
		return -1;
	*pos = (off_t)c->in_pos;
	return 0;
}

static int c_close(void *cookie)
{
	struct cookie *c = cookie;
	c->closed++;
	return 7; /* fclose reports a failure */
}

static void test_cookie(void)
{
	struct cookie c = {.in = "first line\nsecond\n"};
	cookie_io_functions_t io = {c_read, c_write, c_seek, c_close};
	char line[32];

	FILE *f = fopencookie(&c, "r+", io);
	CHECK(f != NULL);
	CHECK(fgets(line, sizeof line, f) != NULL && strcmp(line, "first line\n") == 0);
	CHECK(ftell(f) == 11);
	CHECK(fseek(f, 6, SEEK_SET) == 0 && fgets(line, sizeof line, f) != NULL && strcmp(line, "line\n") == 0);
	errno = 0;
	CHECK(fseek(f, 0, SEEK_END) == -1); /* the cookie refuses */
	CHECK(fputs("out", f) >= 0 && c.writes == 0); /* buffered */
	CHECK(fflush(f) == 0 && c.writes == 1 && c.out_len == 3 && memcmp(c.out, "out", 3) == 0);
	CHECK(fprintf(f, "%s", "more") == 4 && c.closed == 0);
	CHECK(fclose(f) == EOF && c.closed == 1 && c.out_len == 7 && memcmp(c.out, "outmore", 7) == 0);

	/* Missing functions, as glibc: reads and writes fail, seeks fail with
	 * ESPIPE, closing is fine. */
	f = fopencookie(NULL, "r+", (cookie_io_functions_t){0});
	CHECK(f != NULL && fgetc(f) == EOF && ferror(f) && !feof(f));
	clearerr(f);
	errno = 0;
	CHECK(fseek(f, 0, SEEK_SET) == -1 && errno == ESPIPE && ftell(f) == -1);
	CHECK(fputc('a', f) == 'a' && fflush(f) == EOF && ferror(f));
	CHECK(fclose(f) == 0);
	errno = 0;
	CHECK(fopencookie(&c, "rw", io) == NULL && errno == EINVAL);

	/* A line-buffered cookie stream writes at each newline. */
	struct cookie d = {.in = ""};
	f = fopencookie(&d, "w", io);
	CHECK(f != NULL && setvbuf(f, NULL, _IOLBF, 0) == 0);
	CHECK(fputs("a\nb", f) >= 0 && d.out_len == 3 && d.writes == 1);
	CHECK(fclose(f) == EOF && d.closed == 1);
}

static void test_unlocked_and_ext(void)
{
	char buf[64] = "";
	FILE *f = fmemopen(buf, sizeof buf, "w+");
	CHECK(f != NULL);
	flockfile(f);
	CHECK(ftrylockfile(f) == 0);
	CHECK(putc_unlocked('a', f) == 'a' && fputc_unlocked('b', f) == 'b' && _IO_putc('c', f) == 'c');
	CHECK(_IO_putc_unlocked('d', f) == 'd' && fputs_unlocked("ef", f) >= 0);
	CHECK(fwrite_unlocked("gh", 1, 2, f) == 2);
	CHECK(__fwriting(f) && !__freading(f) && __freadable(f) && __fwritable(f));
	CHECK(__fpending(f) == 8 && __fbufsize(f) > 0 && !__flbf(f));
	CHECK(fflush_unlocked(f) == 0 && __fpending(f) == 0 && strcmp(buf, "abcdefgh") == 0);
	funlockfile(f);
	funlockfile(f);
	rewind(f);
	CHECK(getc_unlocked(f) == 'a' && fgetc_unlocked(f) == 'b' && _IO_getc(f) == 'c');
	CHECK(_IO_getc_unlocked(f) == 'd' && __freading(f) && !__fwriting(f));
	/* The stream's end is the end of what was written: 8 bytes. */
	CHECK(__freadahead(f) == 4);
	size_t n = 0;
	const char *ahead = __freadptr(f, &n);
	CHECK(ahead != NULL && n == 4 && ahead[0] == 'e');
	__freadptrinc(f, 2);
	char line[64];
	CHECK(fgets_unlocked(line, 3, f) != NULL && strcmp(line, "gh") == 0);
	CHECK(fread_unlocked(line, 1, 100, f) == 0);
	CHECK(feof_unlocked(f) && _IO_feof_unlocked(f) && !ferror_unlocked(f) && !_IO_ferror_unlocked(f));
	clearerr_unlocked(f);
	CHECK(!feof(f));
	__fseterr(f);
	CHECK(ferror(f));
	errno = 0;
	CHECK(fileno_unlocked(f) == -1 && errno == EBADF);
	CHECK(__fsetlocking(f, FSETLOCKING_BYCALLER) == FSETLOCKING_INTERNAL);
	CHECK(__fsetlocking(f, FSETLOCKING_QUERY) == FSETLOCKING_INTERNAL);
	fclose(f);
	CHECK(fileno_unlocked(stdout) == 1);

	/* fpurge: what waits in the buffer is gone. */
	memset(buf, 0, sizeof buf);
	f = fmemopen(buf, sizeof buf, "w");
	CHECK(fputs("lost", f) >= 0 && fpurge(f) == 0 && __fpending(f) == 0);
	CHECK(fputs("kept", f) >= 0);
	__fpurge(f);
	CHECK(fputs("last", f) >= 0 && fclose(f) == 0 && strcmp(buf, "last") == 0);

	/* setlinebuf, setbuffer; _flushlbf writes line-buffered streams. */
	memset(buf, 0, sizeof buf);
	f = fmemopen(buf, sizeof buf, "w");
	setlinebuf(f);
	CHECK(__flbf(f) && fputs("no newline", f) >= 0 && buf[0] == 0);
	_flushlbf();
	CHECK(strcmp(buf, "no newline") == 0);
	static char mine[100];
	setbuffer(f, mine, sizeof mine);
	CHECK(!__flbf(f) && __fbufsize(f) == sizeof mine && fputs("\nx", f) >= 0 && strcmp(buf, "no newline") == 0);
	CHECK(memcmp(mine, "\nx", 2) == 0);
	setbuffer(f, NULL, 0); /* unbuffered only once the buffer is empty */
	CHECK(fflush(f) == 0);
	setbuffer(f, NULL, 0);
	CHECK(fputs("!", f) >= 0 && strcmp(buf, "no newline\nx!") == 0);
	CHECK(fclose(f) == 0);
}

static void test_words_and_lines(void)
{
	char buf[64];
	FILE *f = fmemopen(buf, sizeof buf, "w+");
	CHECK(putw(0x12345678, f) == 0 && putw(-1, f) == 0 && putw(7, f) == 0);
	rewind(f);
	CHECK(getw(f) == 0x12345678);
	CHECK(getw(f) == -1 && !feof(f) && !ferror(f)); /* EOF as a word */
	CHECK(getw(f) == 7 && getw(f) == EOF);
	fclose(f);

	strcpy(buf, "one\ntwo\nlast");
	f = fmemopen(buf, strlen(buf), "r");
	size_t len;
	char *l = fgetln(f, &len);
	CHECK(l != NULL && len == 4 && memcmp(l, "one\n", 4) == 0);
	l = fgetln(f, &len);
	CHECK(l != NULL && len == 4 && memcmp(l, "two\n", 4) == 0);
	l = fgetln(f, &len);
	CHECK(l != NULL && len == 4 && memcmp(l, "last", 4) == 0);
	CHECK(fgetln(f, &len) == NULL && feof(f));
	fclose(f);
}

static void test_64(void)
{
	FILE *f = fopen64("/work/s64", "w+");
	CHECK(f != NULL && fputs("0123456789", f) >= 0);
	CHECK(fseeko64(f, 4, SEEK_SET) == 0 && ftello64(f) == 4);
	fpos64_t pos;
	CHECK(fgetpos64(f, &pos) == 0 && fgetc(f) == '4');
	CHECK(fsetpos64(f, &pos) == 0 && fgetc(f) == '4');
	f = freopen64("/work/s64", "r", f);
	CHECK(f != NULL && fgetc(f) == '0');
	CHECK(fclose(f) == 0 && unlink("/work/s64") == 0);
	f = tmpfile64();
	CHECK(f != NULL && fputs("t", f) >= 0 && fclose(f) == 0);
}

int main(void)
{
	CHECK(chdir("/work") == 0); /* tmpfile64 goes here (no /tmp) */
	test_fmemopen();
	test_memstream();
	test_cookie();
	test_unlocked_and_ext();
	test_words_and_lines();
	test_64();
	return check_summary();
}
