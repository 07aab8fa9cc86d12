#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_stdio.h"

/*
 * A write-only stream into a buffer that grows, with glibc's semantics.
 * After each fflush or fclose, *ptr is the buffer and *sizeloc the
 * current position.  SEEK_END counts from the stream's end, which a
 * write sets to where it stopped, a seek moves forward to where it
 * lands, and fflush sets to the position.  The buffer holds a NUL after
 * the furthest byte written, a seek past that fills the gap with zeros,
 * and fclose puts a NUL at the position.
 */
struct memstream {
	char **ptr;
	size_t *sizeloc;
	char *buf;
	size_t cap;
	size_t len; /* bytes that hold data or zeros (a NUL follows) */
	size_t pos, end;
};

/* Room for `need` bytes and the NUL; 0 or ENOMEM. */
static int reserve(struct memstream *m, size_t need)
{
	if (need < m->cap)
		return 0;
	size_t cap = m->cap * 2 > need + 1 ? m->cap * 2 : need + 1;
	char *grown = need + 1 == 0 ? NULL : realloc(m->buf, cap);
	if (grown == NULL)
		return ENOMEM;
	m->buf = grown;
	m->cap = cap;
	return 0;
}

/* Zeros from len to pos (a seek went past the end), then the state the
 * program sees.  0 or ENOMEM. */
static int publish(struct memstream *m)
{
	if (m->pos > m->len) {
		if (reserve(m, m->pos) != 0)
			return ENOMEM;
		memset(m->buf + m->len, 0, m->pos - m->len + 1);
		m->len = m->pos;
	}
	*m->ptr = m->buf;
	*m->sizeloc = m->pos;
	return 0;
}

static ssize_t ms_write(void *cookie, const char *p, size_t n)
{
	struct memstream *m = cookie;
	if (n > (size_t)-2 - m->pos || reserve(m, m->pos + n) != 0 || publish(m) != 0) {
		__w64_set_errno(ENOMEM);
		return 0;
	}
	memcpy(m->buf + m->pos, p, n);
	m->pos += n;
	m->end = m->pos;
	if (m->pos > m->len) {
		m->len = m->pos;
		m->buf[m->len] = '\0';
	}
	*m->sizeloc = m->pos;
	return (ssize_t)n;
}

static int ms_seek(void *cookie, off_t *pos, int whence)
{
	struct memstream *m = cookie;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos
		   : whence == SEEK_END ? (off_t)m->end : -1;
	if (base < 0 || *pos < -base || *pos > (off_t)((size_t)-2 >> 1) - base)
		return __w64_set_errno(EINVAL);
	m->pos = (size_t)(base + *pos);
	if (m->pos > m->end)
		m->end = m->pos;
	*pos = (off_t)m->pos;
	return publish(m) != 0 ? __w64_set_errno(ENOMEM) : 0;
}

static int ms_sync(void *cookie)
{
	struct memstream *m = cookie;
	m->end = m->pos;
	return publish(m) != 0 ? __w64_set_errno(ENOMEM) : 0;
}

static int ms_close(void *cookie)
{
	struct memstream *m = cookie;
	int err = publish(m);
	if (err == 0)
		m->buf[m->pos] = '\0';
	free(m);
	return err != 0 ? __w64_set_errno(err) : 0;
}

FILE *open_memstream(char **ptr, size_t *sizeloc)
{
	static const struct __w64_file_io io = {NULL, ms_write, ms_seek, ms_close, ms_sync};
	struct memstream *m = malloc(sizeof *m);
	char *buf = malloc(64);
	if (m == NULL || buf == NULL) {
		free(m);
		free(buf);
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	buf[0] = '\0';
	*m = (struct memstream){.ptr = ptr, .sizeloc = sizeloc, .buf = buf, .cap = 64};
	*ptr = buf;
	*sizeloc = 0;
	FILE *f = __w64_file_new_cookie(m, &io, W64_FILE_NO_READ);
	if (f == NULL) {
		free(buf);
		free(m);
	}
	return f;
}
