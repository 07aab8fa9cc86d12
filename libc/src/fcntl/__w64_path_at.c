#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "w64_path.h"

int __w64_path_at(int dirfd, const char *path, struct __w64_at *at)
{
	at->owned = NULL;
	if (path[0] == '\0')
		return ENOENT;
	if (path[0] != '/' && dirfd != AT_FDCWD) {
		at->fd = dirfd;
		at->path = path;
		at->len = strlen(path);
		return 0;
	}

	int trailing_dir, err;
	char *abs = __w64_path_normalize(W64_CWD(), path, &trailing_dir, &err);
	if (abs == NULL)
		return err;
	const struct __w64_preopen *p = __w64_preopen_find(abs);
	if (p == NULL) {
		free(abs);
		return ENOTCAPABLE;
	}
	/* What is left after the preopen's name, relative: "." for the
	 * preopen itself; a trailing slash kept, so the host checks that a
	 * path spelt as a directory is one. */
	char *rel = abs + (p->len == 1 ? 1 : p->len);
	if (*rel == '/')
		rel++;
	size_t len = strlen(rel);
	if (len == 0) {
		rel[0] = '.';
		rel[1] = '\0';
		len = 1;
	} else if (trailing_dir) {
		rel[len++] = '/';
		rel[len] = '\0';
	}
	at->fd = p->fd;
	at->path = rel;
	at->len = len;
	at->owned = abs;
	return 0;
}

void __w64_path_done(struct __w64_at *at)
{
	free(at->owned);
	at->owned = NULL;
}
