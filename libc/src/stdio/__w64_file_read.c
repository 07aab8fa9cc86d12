#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "w64_stdio.h"

/*
 * C11 7.21.3p3: input on an unbuffered or line-buffered stream that has to
 * come from the host first sends out every line-buffered stream's output,
 * so a prompt shows before the program waits for the answer.
 */
static void before_host_read(struct __w64_file *f)
{
	if (f->mode == _IOFBF)
		return;
	__w64_file_list_lock();
	for (struct __w64_file *g = __w64_open_files; g; g = g->next) {
		if (g->mode == _IOLBF && g != f)
			__w64_file_flush(g);
	}
	__w64_file_list_unlock();
}

/* One read into p; the count, or 0 with the EOF or error indicator. */
static size_t host_read(struct __w64_file *f, void *p, size_t n)
{
	before_host_read(f);
	ssize_t got = __w64_file_sys_read(f, p, n);
	if (got > 0)
		return (size_t)got;
	f->flags |= got == 0 ? W64_FILE_EOF : W64_FILE_ERR;
	return 0;
}

size_t __w64_file_fill(struct __w64_file *f)
{
	f->rpos = f->rend = 0;
	if (f->flags & W64_FILE_EOF)
		return 0; /* the indicator is sticky (C11 7.21.7.1) */
	f->rend = host_read(f, f->buf, f->buf_size);
	return f->rend;
}

int __w64_file_getc(struct __w64_file *f)
{
	if (!(f->flags & W64_FILE_READING) && __w64_file_to_read(f) != 0)
		return EOF;
	if (f->nungot > 0)
		return f->ungot[--f->nungot];
	if (f->rpos < f->rend)
		return f->buf[f->rpos++];
	if (f->mode != _IONBF && f->buf_size > 0) {
		if (__w64_file_fill(f) == 0)
			return EOF;
		return f->buf[f->rpos++];
	}
	unsigned char c;
	if ((f->flags & W64_FILE_EOF) || host_read(f, &c, 1) == 0)
		return EOF;
	return c;
}

size_t __w64_file_read(struct __w64_file *f, void *p, size_t n)
{
	unsigned char *out = p;
	size_t got = 0;

	if (!(f->flags & W64_FILE_READING) && __w64_file_to_read(f) != 0)
		return 0;
	while (got < n && f->nungot > 0)
		out[got++] = f->ungot[--f->nungot];
	while (got < n) {
		size_t avail = f->rend - f->rpos;
		if (avail > 0) {
			size_t take = avail < n - got ? avail : n - got;
			memcpy(out + got, f->buf + f->rpos, take);
			f->rpos += take;
			got += take;
			continue;
		}
		if (f->flags & W64_FILE_EOF)
			break;
		/* What would fill the buffer or more goes straight to the
		 * caller's memory. */
		int buffered = f->mode != _IONBF && f->buf_size > 0;
		if (!buffered || n - got >= f->buf_size) {
			size_t step = host_read(f, out + got, n - got);
			if (step == 0)
				break;
			got += step;
		} else if (__w64_file_fill(f) == 0) {
			break;
		}
	}
	return got;
}
