#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_memstream.h"
#include "w64_stdio.h"

/* Room for `need` elements and the zero one after; 0 or ENOMEM. */
static int reserve(struct __w64_memstream *m, size_t need)
{
	if (need < m->cap)
		return 0;
	if (need >= ((size_t)-1 >> 1) / m->elem)
		return ENOMEM;
	size_t cap = m->cap * 2 > need + 1 ? m->cap * 2 : need + 1;
	unsigned char *grown = realloc(m->buf, cap * m->elem);
	if (grown == NULL)
		return ENOMEM;
	m->buf = grown;
	m->cap = cap;
	return 0;
}

/* Zeros up to pos when a seek went past the end, then the state the
 * program sees.  0 or ENOMEM. */
static int publish(struct __w64_memstream *m)
{
	if (m->pos > m->len) {
		if (reserve(m, m->pos) != 0)
			return ENOMEM;
		memset(m->buf + m->len * m->elem, 0, (m->pos - m->len + 1) * m->elem);
		m->len = m->pos;
	}
	memcpy(m->ptr, &m->buf, sizeof m->buf);
	*m->sizeloc = m->pos;
	return 0;
}

int __w64_memstream_put(struct __w64_memstream *m, const void *p, size_t n)
{
	if (n >= ((size_t)-1 >> 1) / m->elem - m->pos || reserve(m, m->pos + n) != 0 ||
	    publish(m) != 0)
		return ENOMEM;
	memcpy(m->buf + m->pos * m->elem, p, n * m->elem);
	m->pos += n;
	m->end = m->pos;
	if (m->pos > m->len) {
		m->len = m->pos;
		memset(m->buf + m->len * m->elem, 0, m->elem);
	}
	*m->sizeloc = m->pos;
	return 0;
}

static int ms_seek(void *cookie, off_t *pos, int whence)
{
	struct __w64_memstream *m = cookie;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos
		   : whence == SEEK_END ? (off_t)m->end : -1;
	off_t most = (off_t)(((size_t)-1 >> 1) / m->elem - 1);
	if (base < 0 || *pos < -base || *pos > most - base)
		return __w64_set_errno(EINVAL);
	m->pos = (size_t)(base + *pos);
	if (m->pos > m->end)
		m->end = m->pos;
	memset(&m->state, 0, sizeof m->state);
	*pos = (off_t)m->pos;
	return publish(m) != 0 ? __w64_set_errno(ENOMEM) : 0;
}

static int ms_sync(void *cookie)
{
	struct __w64_memstream *m = cookie;
	m->end = m->pos;
	return publish(m) != 0 ? __w64_set_errno(ENOMEM) : 0;
}

static int ms_close(void *cookie)
{
	struct __w64_memstream *m = cookie;
	int err = publish(m);
	if (err == 0)
		memset(m->buf + m->pos * m->elem, 0, m->elem);
	free(m);
	return err != 0 ? __w64_set_errno(err) : 0;
}

FILE *__w64_memstream_open(void *ptr, size_t *sizeloc, size_t elem,
			   ssize_t (*write)(void *cookie, const char *p, size_t n))
{
	const struct __w64_file_io io = {NULL, write, ms_seek, ms_close, ms_sync};
	struct __w64_memstream *m = calloc(1, sizeof *m);
	unsigned char *buf = calloc(16, elem);
	if (m == NULL || buf == NULL) {
		free(m);
		free(buf);
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	m->ptr = ptr;
	m->sizeloc = sizeloc;
	m->buf = buf;
	m->elem = elem;
	m->cap = 16;
	memcpy(ptr, &buf, sizeof buf);
	*sizeloc = 0;
	FILE *f = __w64_file_new_cookie(m, &io, W64_FILE_NO_READ);
	if (f == NULL) {
		free(buf);
		free(m);
	}
	return f;
}
