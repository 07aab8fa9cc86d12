#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "w64_errno.h"
#include "w64_stdio.h"

/*
 * open_memstream for wide characters.  The stream below the buffer
 * receives bytes (what the narrow functions write, or the wide ones
 * after converting in the current locale) and decodes them with mbrtowc
 * into wide characters, a character cut between two writes included.
 * Positions, *sizeloc and seeks count wide characters; the rest is
 * open_memstream's rule (docs/libc.md): *ptr and *sizeloc are published
 * on fflush and fclose, a wide NUL follows the furthest character, a
 * seek past the end fills with wide zeros.
 */
struct wmemstream {
	wchar_t **ptr;
	size_t *sizeloc;
	wchar_t *buf;
	size_t cap; /* in wide characters */
	size_t len; /* characters that hold data or zeros (a NUL follows) */
	size_t pos, end;
	mbstate_t state;
};

/* Room for `need` characters and the NUL; 0 or ENOMEM. */
static int reserve(struct wmemstream *m, size_t need)
{
	if (need < m->cap)
		return 0;
	size_t cap = m->cap * 2 > need + 1 ? m->cap * 2 : need + 1;
	if (cap > (size_t)-1 / sizeof(wchar_t))
		return ENOMEM;
	wchar_t *grown = realloc(m->buf, cap * sizeof(wchar_t));
	if (grown == NULL)
		return ENOMEM;
	m->buf = grown;
	m->cap = cap;
	return 0;
}

/* Zeros up to pos when a seek went past the end, then what the program
 * sees.  0 or ENOMEM. */
static int publish(struct wmemstream *m)
{
	if (m->pos > m->len) {
		if (reserve(m, m->pos) != 0)
			return ENOMEM;
		wmemset(m->buf + m->len, L'\0', m->pos - m->len + 1);
		m->len = m->pos;
	}
	*m->ptr = m->buf;
	*m->sizeloc = m->pos;
	return 0;
}

static ssize_t wms_write(void *cookie, const char *p, size_t n)
{
	struct wmemstream *m = cookie;
	size_t i = 0;

	if (publish(m) != 0) {
		__w64_set_errno(ENOMEM);
		return 0;
	}
	while (i < n) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, p + i, n - i, &m->state);
		if (k == (size_t)-2)
			break; /* the rest begins a character: the state holds it */
		if (k == (size_t)-1) {
			/* errno is EILSEQ; what came before is written */
			memset(&m->state, 0, sizeof m->state);
			return (ssize_t)i;
		}
		if (m->pos >= (size_t)-2 / sizeof(wchar_t) || reserve(m, m->pos + 1) != 0) {
			__w64_set_errno(ENOMEM);
			return (ssize_t)i;
		}
		m->buf[m->pos++] = wc;
		if (m->pos > m->len) {
			m->len = m->pos;
			m->buf[m->len] = L'\0';
		}
		i += k == 0 ? 1 : k;
	}
	m->end = m->pos;
	*m->sizeloc = m->pos;
	return (ssize_t)n;
}

static int wms_seek(void *cookie, off_t *pos, int whence)
{
	struct wmemstream *m = cookie;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos
		   : whence == SEEK_END ? (off_t)m->end : -1;
	off_t most = (off_t)((size_t)-2 / sizeof(wchar_t) >> 1);
	if (base < 0 || *pos < -base || *pos > most - base)
		return __w64_set_errno(EINVAL);
	m->pos = (size_t)(base + *pos);
	if (m->pos > m->end)
		m->end = m->pos;
	memset(&m->state, 0, sizeof m->state);
	*pos = (off_t)m->pos;
	return publish(m) != 0 ? __w64_set_errno(ENOMEM) : 0;
}

static int wms_sync(void *cookie)
{
	struct wmemstream *m = cookie;
	m->end = m->pos;
	return publish(m) != 0 ? __w64_set_errno(ENOMEM) : 0;
}

static int wms_close(void *cookie)
{
	struct wmemstream *m = cookie;
	int err = publish(m);
	if (err == 0)
		m->buf[m->pos] = L'\0';
	free(m);
	return err != 0 ? __w64_set_errno(err) : 0;
}

FILE *open_wmemstream(wchar_t **ptr, size_t *sizeloc)
{
	static const struct __w64_file_io io = {NULL, wms_write, wms_seek, wms_close, wms_sync};
	struct wmemstream *m = calloc(1, sizeof *m);
	wchar_t *buf = malloc(16 * sizeof(wchar_t));
	if (m == NULL || buf == NULL) {
		free(m);
		free(buf);
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	buf[0] = L'\0';
	m->ptr = ptr;
	m->sizeloc = sizeloc;
	m->buf = buf;
	m->cap = 16;
	*ptr = buf;
	*sizeloc = 0;
	FILE *f = __w64_file_new_cookie(m, &io, W64_FILE_NO_READ);
	if (f == NULL) {
		free(buf);
		free(m);
	}
	return f;
}
