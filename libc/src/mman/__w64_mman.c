#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "w64_host.h"
#include "w64_mman.h"

struct __w64_map *__w64_maps;

int __w64_map_range(const void *addr, size_t len)
{
	uintptr_t a = (uintptr_t)addr;
	if (a % W64_PAGE != 0)
		return EINVAL;
	if (len > UINTPTR_MAX - a)
		return ENOMEM;
#ifdef __wasm__
	if (a + len > (uintptr_t)__builtin_wasm_memory_size(0) * 65536)
		return ENOMEM;
#endif
	return 0;
}

int __w64_map_add(struct __w64_map_block *b)
{
	struct __w64_map *m = malloc(sizeof *m);
	if (m == NULL)
		return ENOMEM;
	*m = (struct __w64_map){.next = __w64_maps, .addr = b->base, .len = b->len, .block = b};
	b->pieces = 1;
	__w64_maps = m;
	return 0;
}

/* pwrite of all n bytes; 0 or an errno. */
static int write_at(int fd, const unsigned char *p, size_t n, uint64_t off)
{
	while (n > 0) {
		struct __w64_ciovec iov = {p, n};
		size_t done = 0;
		int err = __w64_host_fd_pwrite(fd, &iov, 1, off, &done);
		if (err != 0)
			return err;
		if (done == 0)
			return EIO;
		p += done;
		n -= done;
		off += done;
	}
	return 0;
}

int __w64_map_sync(struct __w64_map_block *b, unsigned char *p, size_t n)
{
	if (b->fd < 0)
		return 0;
	/* Only bytes the file has: a mapping past its end writes nothing
	 * there (Linux faults on whole pages beyond it). */
	struct __w64_filestat st;
	int err = __w64_host_fd_filestat_get(b->fd, &st);
	if (err != 0)
		return err;
	size_t at = (size_t)(p - b->base);
	uint64_t start = (uint64_t)b->offset + at;
	if (st.size <= start)
		return 0;
	if (n > st.size - start)
		n = (size_t)(st.size - start);
	/* Runs of changed bytes, a chunk compared at a time. */
	unsigned char *shadow = b->shadow + at;
	for (size_t i = 0; i < n;) {
		size_t chunk = n - i < 4096 ? n - i : 4096;
		if (memcmp(p + i, shadow + i, chunk) == 0) {
			i += chunk;
			continue;
		}
		size_t end = i + chunk;
		while (i < end) {
			if (p[i] == shadow[i]) {
				i++;
				continue;
			}
			size_t run = i;
			while (run < n && p[run] != shadow[run])
				run++;
			err = write_at(b->fd, p + i, run - i, start + i);
			if (err != 0)
				return err;
			memcpy(shadow + i, p + i, run - i);
			i = run;
		}
	}
	return 0;
}

static void release(struct __w64_map_block *b)
{
	if (--b->pieces > 0)
		return;
	if (b->fd >= 0 && b->fd_closed) {
		/* The last block on a descriptor the program closed closes it. */
		int others = 0;
		for (struct __w64_map *m = __w64_maps; m != NULL; m = m->next)
			others |= m->block != b && m->block->fd == b->fd;
		if (!others)
			__w64_host_fd_close(b->fd);
	}
	free(b->shadow);
	free(b->base);
	free(b);
}

int __w64_map_remove(unsigned char *addr, size_t len)
{
	unsigned char *end = addr + len;
	int first_err = 0;

	for (struct __w64_map **pm = &__w64_maps; *pm != NULL;) {
		struct __w64_map *m = *pm;
		unsigned char *lo = m->addr > addr ? m->addr : addr;
		unsigned char *hi = m->addr + m->len < end ? m->addr + m->len : end;
		if (lo >= hi) {
			pm = &m->next;
			continue;
		}
		int err = __w64_map_sync(m->block, lo, (size_t)(hi - lo));
		if (first_err == 0)
			first_err = err;
		if (lo > m->addr && hi < m->addr + m->len) {
			/* A hole in the middle: the tail becomes a piece of its own. */
			struct __w64_map *tail = malloc(sizeof *tail);
			if (tail == NULL)
				return ENOMEM;
			*tail = (struct __w64_map){.next = m->next, .addr = hi,
						   .len = (size_t)(m->addr + m->len - hi), .block = m->block};
			m->block->pieces++;
			m->len = (size_t)(lo - m->addr);
			m->next = tail;
			pm = &tail->next;
		} else if (lo > m->addr) {
			m->len = (size_t)(lo - m->addr);
			pm = &m->next;
		} else if (hi < m->addr + m->len) {
			m->len -= (size_t)(hi - m->addr);
			m->addr = hi;
			pm = &m->next;
		} else {
			*pm = m->next;
			release(m->block);
			free(m);
		}
	}
	return first_err;
}

int __w64_mman_close(int fd)
{
	int owned = 0;
	for (struct __w64_map *m = __w64_maps; m != NULL; m = m->next) {
		if (m->block->fd != fd)
			continue;
		if (m->block->fd_closed)
			return -1;
		owned = 1;
	}
	if (!owned)
		return 0;
	for (struct __w64_map *m = __w64_maps; m != NULL; m = m->next) {
		if (m->block->fd == fd)
			m->block->fd_closed = 1;
	}
	return 1;
}

void __w64_mman_exit(void)
{
	for (struct __w64_map *m = __w64_maps; m != NULL; m = m->next)
		__w64_map_sync(m->block, m->addr, m->len);
}
