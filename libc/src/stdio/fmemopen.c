#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_stdio.h"

/*
 * A stream over size bytes of memory, with glibc's (POSIX 2008's)
 * semantics: the stream's end starts at 0 for "w" (and "w+" puts a NUL
 * at buf[0]), at the first NUL for "a", and at size for "r"; "a" writes at the end; seeks stay within
 * [0, size]; a write that does not fit is cut short (an error) and a NUL
 * follows the written bytes when there is room, or ends the buffer when
 * a write reaches its end (in an update mode).  The bytes reach buf when
 * the stream's buffer is flushed, as for a file.
 */
struct mem {
	unsigned char *buf;
	size_t size, pos, end;
	int append;
	int owned; /* buf was NULL: freed at close */
};

static ssize_t mem_read(void *cookie, char *p, size_t n)
{
	struct mem *m = cookie;
	size_t left = m->pos < m->end ? m->end - m->pos : 0;
	if (n > left)
		n = left;
	memcpy(p, m->buf + m->pos, n);
	m->pos += n;
	return (ssize_t)n;
}

static ssize_t mem_write(void *cookie, const char *p, size_t n)
{
	struct mem *m = cookie;
	size_t at = m->append ? m->end : m->pos;
	int add_nul = n == 0 || p[n - 1] != '\0';

	if (n > m->size - at) {
		if (m->pos + (size_t)add_nul >= m->size) {
			__w64_set_errno(ENOSPC);
			return 0;
		}
		n = m->size - at;
	}
	memcpy(m->buf + at, p, n);
	m->pos = at + n;
	if (m->pos > m->end) {
		m->end = m->pos;
		if (m->end < m->size && add_nul)
			m->buf[m->end] = '\0';
		else if (!m->append && add_nul)
			m->buf[m->size - 1] = '\0';
	}
	return (ssize_t)n;
}

static int mem_seek(void *cookie, off_t *pos, int whence)
{
	struct mem *m = cookie;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos
		   : whence == SEEK_END ? (off_t)m->end : -1;
	if (base < 0)
		return __w64_set_errno(EINVAL);
	if (*pos < -base || *pos > (off_t)m->size - base)
		return __w64_set_errno(EINVAL);
	m->pos = (size_t)(base + *pos);
	*pos = (off_t)m->pos;
	return 0;
}

static int mem_close(void *cookie)
{
	struct mem *m = cookie;
	if (m->owned)
		free(m->buf);
	free(m);
	return 0;
}

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode)
{
	static const struct __w64_file_io io = {mem_read, mem_write, mem_seek, mem_close, NULL};
	unsigned file_flags;

	if (__w64_fopen_flags(mode, &file_flags) < 0)
		return NULL;
	if (size > (size_t)__INT64_MAX__) {
		__w64_set_errno(EINVAL);
		return NULL;
	}
	struct mem *m = malloc(sizeof *m);
	unsigned char *own = buf == NULL ? calloc(1, size ? size : 1) : NULL;
	if (m == NULL || (buf == NULL && own == NULL)) {
		free(m);
		free(own);
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	*m = (struct mem){.buf = own != NULL ? own : buf, .size = size, .owned = own != NULL};
	if (mode[0] == 'a') {
		m->append = 1;
		m->end = m->pos = strnlen((const char *)m->buf, size);
	} else if (mode[0] == 'r') {
		m->end = size;
	}
	/* As glibc: "w+" (but not "wb+") empties the buffer's string. */
	if (mode[0] == 'w' && mode[1] == '+' && size > 0)
		m->buf[0] = '\0';
	FILE *f = __w64_file_new_cookie(m, &io, file_flags);
	if (f == NULL)
		mem_close(m);
	return f;
}
