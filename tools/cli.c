/* tools/cli.h: what the command-line programs share. */
#define _GNU_SOURCE /* MAP_POPULATE */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static int read_all(int fd, struct w64_cli_file *f)
{
	size_t cap = 1 << 16, n = 0;
	uint8_t *buf = malloc(cap);
	if (!buf)
		return -1;
	for (;;) {
		if (n == cap) {
			uint8_t *bigger = cap <= SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
			if (!bigger) {
				free(buf);
				errno = ENOMEM;
				return -1;
			}
			buf = bigger;
			cap *= 2;
		}
		ssize_t got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			int e = errno;
			free(buf);
			errno = e;
			return -1;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	*f = (struct w64_cli_file){buf, n, false};
	return 0;
}

/* A regular file is mapped rather than read: no copy, and no fresh pages
 * to clear (a tenth of the time on a large module). */
int w64_cli_load(const char *path, struct w64_cli_file *f)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct stat st;
	int rc;
	if (fstat(fd, &st) != 0) {
		rc = -1;
	} else if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		rc = -1;
	} else if (S_ISREG(st.st_mode) && st.st_size > 0 && (uint64_t)st.st_size <= SIZE_MAX) {
		void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
		if (p != MAP_FAILED) {
			*f = (struct w64_cli_file){p, (size_t)st.st_size, true};
			rc = 0;
		} else {
			rc = read_all(fd, f);
		}
	} else {
		rc = read_all(fd, f);
	}
	int e = errno;
	close(fd);
	errno = e;
	return rc;
}

void w64_cli_unload(struct w64_cli_file *f)
{
	if (f->mapped)
		munmap(f->bytes, f->len);
	else
		free(f->bytes);
	*f = (struct w64_cli_file){0};
}

bool w64_cli_parse_size(const char *s, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || s[0] == '-')
		return false;
	unsigned shift = 0;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	case 't': case 'T': shift = 40; end++; break;
	}
	if (*end != '\0' || (shift && v > (UINT64_MAX >> shift)))
		return false;
	*out = (uint64_t)v << shift;
	return true;
}
