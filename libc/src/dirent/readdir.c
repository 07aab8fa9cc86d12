#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_dir.h"
#include "w64_errno.h"
#include "w64_host.h"

static uint64_t get_u64(const unsigned char *p)
{
	uint64_t v;
	memcpy(&v, p, sizeof v);
	return v;
}

static uint32_t get_u32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, sizeof v);
	return v;
}

/* Refills the buffer from d->cookie.  0, or an errno. */
static int fetch(DIR *d)
{
	size_t used = 0;
	int err = __w64_host_fd_readdir(d->fd, d->buf, d->cap, d->cookie, &used);
	if (err != 0)
		return err;
	d->len = used < d->cap ? used : d->cap;
	d->pos = 0;
	d->at_end = used < d->cap;
	return 0;
}

struct dirent *readdir(DIR *d)
{
	static const unsigned char types[] = {
		[W64_FILETYPE_UNKNOWN] = DT_UNKNOWN,
		[W64_FILETYPE_BLOCK_DEVICE] = DT_BLK,
		[W64_FILETYPE_CHARACTER_DEVICE] = DT_CHR,
		[W64_FILETYPE_DIRECTORY] = DT_DIR,
		[W64_FILETYPE_REGULAR_FILE] = DT_REG,
		[W64_FILETYPE_SOCKET_DGRAM] = DT_SOCK,
		[W64_FILETYPE_SOCKET_STREAM] = DT_SOCK,
		[W64_FILETYPE_SYMBOLIC_LINK] = DT_LNK,
	};

	for (;;) {
		size_t left = d->len - d->pos;
		const unsigned char *rec = d->buf + d->pos;
		if (left >= sizeof(struct __w64_dirent)) {
			uint32_t namlen = get_u32(rec + offsetof(struct __w64_dirent, d_namlen));
			if (left - sizeof(struct __w64_dirent) >= namlen) {
				size_t n = namlen < sizeof d->entry.d_name ? namlen
									 : sizeof d->entry.d_name - 1;
				d->entry.d_ino = get_u64(rec + offsetof(struct __w64_dirent, d_ino));
				uint8_t t = rec[offsetof(struct __w64_dirent, d_type)];
				d->entry.d_type = t < sizeof types ? types[t] : DT_UNKNOWN;
				memcpy(d->entry.d_name, rec + sizeof(struct __w64_dirent), n);
				d->entry.d_name[n] = '\0';
				d->cookie = get_u64(rec + offsetof(struct __w64_dirent, d_next));
				d->pos += sizeof(struct __w64_dirent) + namlen;
				return &d->entry;
			}
			/* One record bigger than the whole buffer: grow it. */
			if (d->pos == 0 && !d->at_end) {
				size_t cap = sizeof(struct __w64_dirent) + (size_t)namlen;
				unsigned char *buf = realloc(d->buf, cap);
				if (buf == NULL) {
					__w64_set_errno(ENOMEM);
					return NULL;
				}
				d->buf = buf;
				d->cap = cap;
			}
		}
		/* The buffer is used up, or ends in a record cut short. */
		if (d->at_end && left == 0)
			return NULL;
		if (d->at_end) {
			/* A short answer that still cuts a record off: the host
			 * broke its promise; stop rather than loop. */
			__w64_set_errno(EIO);
			return NULL;
		}
		int err = fetch(d);
		if (err != 0) {
			__w64_set_errno(err);
			return NULL;
		}
		if (d->len == 0)
			return NULL;
	}
}
