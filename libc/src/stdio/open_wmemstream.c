#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "w64_errno.h"
#include "w64_memstream.h"

/*
 * open_memstream for wide characters (w64_memstream.h).  The stream
 * below the buffer receives bytes (what the narrow functions write, or
 * the wide ones after converting in the current locale) and decodes them
 * with mbrtowc, a character cut between two writes included.  Positions,
 * *sizeloc and seeks count wide characters.
 */
static ssize_t wms_write(void *cookie, const char *p, size_t n)
{
	struct __w64_memstream *m = cookie;
	size_t i = 0;

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
		if (__w64_memstream_put(m, &wc, 1) != 0) {
			__w64_set_errno(ENOMEM);
			return (ssize_t)i;
		}
		i += k == 0 ? 1 : k;
	}
	return (ssize_t)n;
}

FILE *open_wmemstream(wchar_t **ptr, size_t *sizeloc)
{
	return __w64_memstream_open(ptr, sizeloc, sizeof(wchar_t), wms_write);
}
