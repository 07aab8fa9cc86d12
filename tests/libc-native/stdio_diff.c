/*
 * fmemopen, open_memstream and fopencookie against glibc's, on generated
 * sequences of operations: writes (fwrite, fputc, fputs, fprintf), reads
 * (fread, fgetc, fgets), fseek from each origin, ftell, rewind, fflush
 * and clearerr, on streams of every mode over buffers of every size, with
 * and without a buffer of the caller's.  After each operation both sides
 * must return the same, with the same end-of-file and error indicators;
 * after each fflush and at fclose the memory must hold the same bytes
 * (for open_memstream: the same *ptr contents and *sizeloc).  The cookie
 * stream runs both libraries over one cookie type (a file in memory), so
 * what is compared is the stream around it.
 *
 *   stdio_diff        W64_DIFF_CASES sequences (default 200000),
 *                     seed W64_DIFF_SEED
 *
 * Each sequence writes less than a stream buffer holds between flushes
 * (glibc's is 8192 bytes, the libc's 4096), so both hand the same pieces
 * to the memory or the cookie.  As C requires, a change between reading
 * and writing goes through a seek (or fflush after writing).
 *
 * Streams open for update ("r+", "w+", "a+") run unbuffered on both
 * sides: glibc 2.36's buffered update streams over a cookie lose track of
 * the position after some seeks (fmemopen "r+" of 42 bytes: write 20,
 * fseek to 42, fseek to 16, write 7, fseek(0, SEEK_CUR): ftell says 16,
 * not 23), so they cannot be the reference there.  tests/libc/stdio2.c
 * checks the libc's own buffered update streams.  For the same reason a
 * failed fseek is followed by a rewind on both sides: glibc's fseek reads
 * ahead before it knows the seek fails, and its position after a failure
 * is that of the read-ahead.  open_memstream streams seek with SEEK_SET
 * and SEEK_CUR only: where glibc's SEEK_END counts from depends on how
 * its buffer was last used (docs/libc.md says the libc's rule).
 *
 * Prints mismatches (at most 20) and "stdio: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "w64.h"

W64FILE *w64_fmemopen(void *buf, size_t size, const char *mode);
W64FILE *w64_open_memstream(char **ptr, size_t *sizeloc);
W64FILE *w64_fopencookie(void *cookie, const char *mode, cookie_io_functions_t funcs);
size_t w64_fwrite(const void *p, size_t size, size_t n, W64FILE *f);
size_t w64_fread(void *p, size_t size, size_t n, W64FILE *f);
int w64_fputc(int c, W64FILE *f);
int w64_fputs(const char *s, W64FILE *f);
char *w64_fgets(char *s, int n, W64FILE *f);
int w64_fseek(W64FILE *f, long off, int whence);
void w64_rewind(W64FILE *f);
int w64_setvbuf(W64FILE *f, char *buf, int mode, size_t size);

static unsigned long compared, mismatches;
static char trace[8192];
static size_t trace_len;

static void note(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (trace_len < sizeof trace)
		trace_len += (size_t)vsnprintf(trace + trace_len, sizeof trace - trace_len, fmt, ap);
	va_end(ap);
}

static void mismatch(const char *what, const char *g, const char *w)
{
	mismatches++;
	if (mismatches <= 20)
		printf("MISMATCH %s\n  ops: %s\n  glibc: %s\n  libc:  %s\n", what, trace, g, w);
}

/* --- a cookie: a file in memory, the same for both libraries ------------------- */

struct memfile {
	char data[512];
	size_t len, pos;
};

static ssize_t mf_read(void *c, char *buf, size_t n)
{
	struct memfile *m = c;
	size_t left = m->pos < m->len ? m->len - m->pos : 0;
	if (n > left)
		n = left;
	memcpy(buf, m->data + m->pos, n);
	m->pos += n;
	return (ssize_t)n;
}

static ssize_t mf_write(void *c, const char *buf, size_t n)
{
	struct memfile *m = c;
	/* A full file takes what fits: a short write. */
	if (n > sizeof m->data - m->pos)
		n = m->pos < sizeof m->data ? sizeof m->data - m->pos : 0;
	if (m->pos > m->len)
		memset(m->data + m->len, 0, m->pos - m->len);
	memcpy(m->data + m->pos, buf, n);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
	return n > 0 ? (ssize_t)n : -1;
}

static int mf_seek(void *c, off_t *pos, int whence)
{
	struct memfile *m = c;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;
	if (base + *pos < 0 || base + *pos > (off_t)sizeof m->data)
		return -1;
	m->pos = (size_t)(base + *pos);
	*pos = (off_t)m->pos;
	return 0;
}

static int mf_close(void *c)
{
	(void)c;
	return 0;
}

/* --- one sequence ------------------------------------------------------------ */

enum kind { FMEM, MEMSTREAM, COOKIE };

struct side {
	void *f; /* FILE or W64FILE */
	int w64;
	char buf[80];        /* fmemopen's buffer (when the caller's) */
	char *ms_ptr;        /* open_memstream's */
	size_t ms_size;
	struct memfile mf;   /* the cookie's */
};

static void state(struct side *s, char *out, size_t size)
{
	int eof = s->w64 ? w64_feof(s->f) : feof(s->f);
	int err = s->w64 ? w64_ferror(s->f) : ferror(s->f);
	snprintf(out + strlen(out), size - strlen(out), " eof %d err %d", eof, err);
}

/* The memory behind the stream, as text (after a flush or close). */
static void memory(enum kind k, struct side *s, size_t size, char *out, size_t cap)
{
	size_t used = strlen(out), n = 0;
	const char *p = NULL;
	if (k == FMEM) {
		p = s->buf;
		n = size;
	} else if (k == MEMSTREAM) {
		p = s->ms_ptr;
		n = p != NULL ? s->ms_size + 1 : 0; /* with the NUL after */
		used += (size_t)snprintf(out + used, cap - used, " size %zu", s->ms_size);
	} else {
		/* Not the cookie's position: when a stream calls seek (or reads
		 * ahead) is the stream's own business. */
		p = s->mf.data;
		n = s->mf.len;
		used += (size_t)snprintf(out + used, cap - used, " len %zu", s->mf.len);
	}
	used += (size_t)snprintf(out + used, cap - used, " [");
	for (size_t i = 0; i < n && used + 4 < cap; i++)
		used += (size_t)snprintf(out + used, cap - used, p[i] >= 32 && p[i] < 127 ? "%c" : "\\%o",
					 (unsigned char)p[i]);
	snprintf(out + used, cap - used, "]");
}

static void gen_text(char *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		t[i] = rnd_below(12) == 0 ? '\0' : (char)('a' + rnd_below(26));
}

static void run_case(void)
{
	static const char *const modes[] = {"r", "r+", "w", "w+", "a", "a+"};
	enum kind k = (enum kind)rnd_below(3);
	struct side g = {.w64 = 0}, w = {.w64 = 1};
	size_t size = 1 + rnd_below(64);
	const char *mode = k == MEMSTREAM ? "w" : modes[rnd_below(6)];
	int own = k == FMEM && rnd_below(4) == 0 && mode[0] != 'r';

	trace_len = 0;
	trace[0] = '\0';
	note("%s %s size %zu%s:", k == FMEM ? "fmemopen" : k == MEMSTREAM ? "open_memstream" : "fopencookie",
	     mode, size, own ? " (own buffer)" : "");
	/* The same starting memory on both sides: text, sometimes with a
	 * NUL in it (where "a" starts). */
	gen_text(g.buf, sizeof g.buf);
	memcpy(w.buf, g.buf, sizeof g.buf);
	size_t flen = rnd_below(40);
	gen_text(g.mf.data, flen);
	g.mf.len = flen;
	w.mf = g.mf;

	cookie_io_functions_t io = {mf_read, mf_write, mf_seek, mf_close};
	if (k == FMEM) {
		g.f = fmemopen(own ? NULL : g.buf, size, mode);
		w.f = w64_fmemopen(own ? NULL : w.buf, size, mode);
	} else if (k == MEMSTREAM) {
		g.f = open_memstream(&g.ms_ptr, &g.ms_size);
		w.f = w64_open_memstream(&w.ms_ptr, &w.ms_size);
	} else {
		g.f = fopencookie(&g.mf, mode, io);
		w.f = w64_fopencookie(&w.mf, mode, io);
	}
	if (g.f != NULL && w.f != NULL && strchr(mode, '+') != NULL) {
		setvbuf(g.f, NULL, _IONBF, 0);
		w64_setvbuf(w.f, NULL, _IONBF, 0);
	}
	if (g.f == NULL || w.f == NULL) {
		mismatch("open", g.f ? "ok" : "NULL", w.f ? "ok" : "NULL");
		if (g.f)
			fclose(g.f);
		if (w.f)
			w64_fclose(w.f);
		return;
	}

	int dir = 0; /* 1 after writing, -1 after reading */
	size_t written = 0;
	int nops = 1 + (int)rnd_below(14);
	for (int op = 0; op < nops; op++) {
		char gs[512] = "", ws[512] = "";
		unsigned what = rnd_below(13);
		/* open_memstream's stream is for writing (POSIX leaves reading
		 * it undefined; glibc reads, the libc fails with EBADF); what
		 * fmemopen's own buffer holds before it is written is not
		 * defined (glibc's is not cleared). */
		if ((k == MEMSTREAM || own) && what >= 4 && what <= 6)
			what = 9;
		int writing = what <= 3, reading = what >= 4 && what <= 6;
		/* C11 7.21.5.3p7: no input right after output, nor output right
		 * after input, without a seek between. */
		if ((writing && dir < 0) || (reading && dir > 0)) {
			note(" seek0");
			fseek(g.f, 0, SEEK_CUR);
			w64_fseek(w.f, 0, SEEK_CUR);
		}
		if (writing)
			dir = 1;
		if (reading)
			dir = -1;
		char text[24];
		size_t n = rnd_below(20);
		gen_text(text, n);
		if (written + n > 3000)
			what = 10; /* stay well within one stream buffer */
		switch (what) {
		case 0:
			note(" fwrite(%zu)", n);
			snprintf(gs, sizeof gs, "%zu", fwrite(text, 1, n, g.f));
			snprintf(ws, sizeof ws, "%zu", w64_fwrite(text, 1, n, w.f));
			written += n;
			break;
		case 1:
			note(" fputc(%d)", text[0]);
			snprintf(gs, sizeof gs, "%d", fputc(text[0], g.f));
			snprintf(ws, sizeof ws, "%d", w64_fputc(text[0], w.f));
			written++;
			break;
		case 2:
			text[n] = '\0';
			note(" fputs(\"%s\")", text);
			snprintf(gs, sizeof gs, "%d", fputs(text, g.f) >= 0);
			snprintf(ws, sizeof ws, "%d", w64_fputs(text, w.f) >= 0);
			written += n;
			break;
		case 3: {
			int v = (int)rnd_below(100000);
			note(" fprintf(%d)", v);
			snprintf(gs, sizeof gs, "%d", fprintf(g.f, "<%d>", v));
			snprintf(ws, sizeof ws, "%d", w64_fprintf(w.f, "<%d>", v));
			written += 8;
			break;
		}
		case 4: {
			char gb[24] = {0}, wb[24] = {0};
			note(" fread(%zu)", n);
			size_t gn = fread(gb, 1, n, g.f), wn = w64_fread(wb, 1, n, w.f);
			snprintf(gs, sizeof gs, "%zu %.*s", gn, (int)gn, gb);
			snprintf(ws, sizeof ws, "%zu %.*s", wn, (int)wn, wb);
			break;
		}
		case 5:
			note(" fgetc");
			snprintf(gs, sizeof gs, "%d", fgetc(g.f));
			snprintf(ws, sizeof ws, "%d", w64_fgetc(w.f));
			break;
		case 6: {
			char gb[24], wb[24];
			int m = 1 + (int)rnd_below(20);
			note(" fgets(%d)", m);
			char *gr = fgets(gb, m, g.f), *wr = w64_fgets(wb, m, w.f);
			snprintf(gs, sizeof gs, "%s", gr ? gb : "NULL");
			snprintf(ws, sizeof ws, "%s", wr ? wb : "NULL");
			break;
		}
		case 7: case 8: {
			int whence = (int)rnd_below(k == MEMSTREAM ? 2 : 3);
			long off = (long)rnd_below((unsigned)size + 12) - 6;
			note(" fseek(%ld,%d)", off, whence);
			errno = w64_errno = 0;
			int gr = fseek(g.f, off, whence), wr = w64_fseek(w.f, off, whence);
			snprintf(gs, sizeof gs, "%d", gr);
			snprintf(ws, sizeof ws, "%d", wr);
			if (gr != 0 && wr != 0) {
				note(" rewind");
				rewind(g.f);
				w64_rewind(w.f);
			}
			dir = 0;
			break;
		}
		case 9:
			note(" ftell");
			snprintf(gs, sizeof gs, "%ld", ftell(g.f));
			snprintf(ws, sizeof ws, "%ld", w64_ftell(w.f));
			break;
		case 10:
			note(" fflush");
			snprintf(gs, sizeof gs, "%d", fflush(g.f));
			snprintf(ws, sizeof ws, "%d", w64_fflush(w.f));
			memory(k, &g, size, gs, sizeof gs);
			memory(k, &w, size, ws, sizeof ws);
			if (dir > 0)
				dir = 0;
			written = 0;
			break;
		case 11:
			note(" rewind");
			rewind(g.f);
			w64_rewind(w.f);
			dir = 0;
			break;
		default:
			note(" clearerr");
			clearerr(g.f);
			w64_clearerr(w.f);
			break;
		}
		state(&g, gs, sizeof gs);
		state(&w, ws, sizeof ws);
		compared++;
		if (strcmp(gs, ws) != 0) {
			mismatch("operation", gs, ws);
			break;
		}
	}
	char gs[512] = "", ws[512] = "";
	snprintf(gs, sizeof gs, "fclose %d", fclose(g.f));
	snprintf(ws, sizeof ws, "fclose %d", w64_fclose(w.f));
	memory(k, &g, size, gs, sizeof gs);
	memory(k, &w, size, ws, sizeof ws);
	compared++;
	if (strcmp(gs, ws) != 0)
		mismatch("close", gs, ws);
	free(g.ms_ptr);
	free(w.ms_ptr);
}

int main(void)
{
	unsigned long cases = diff_setup(200000) / 8;
	for (unsigned long i = 0; i < cases; i++)
		run_case();
	printf("stdio: %lu cases compared, %lu mismatches\n", compared, mismatches);
	return mismatches != 0;
}
