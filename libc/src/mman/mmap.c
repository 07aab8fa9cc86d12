#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_mman.h"

#define KNOWN_FLAGS (MAP_TYPE | MAP_FIXED | MAP_ANON | MAP_NORESERVE | MAP_POPULATE | \
		     MAP_NONBLOCK | MAP_STACK | MAP_FIXED_NOREPLACE)

/* Reads the file's bytes from off into p (n bytes; what lies past the end
 * of the file stays zero).  0 or an errno. */
static int read_in(int fd, unsigned char *p, size_t n, uint64_t off)
{
	while (n > 0) {
		struct __w64_iovec iov = {p, n};
		size_t got = 0;
		int err = __w64_host_fd_pread(fd, &iov, 1, off, &got);
		if (err != 0)
			return err;
		if (got == 0)
			return 0;
		p += got;
		n -= got;
		off += got;
	}
	return 0;
}

static void *fail(int err)
{
	__w64_set_errno(err);
	return MAP_FAILED;
}

/*
 * Linux's checks, in its order where it matters, then a new block: the
 * address is only a hint (MAP_FIXED, which would need a given address,
 * is ENOTSUP), and protections are not enforced.
 */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)
{
	int type = flags & MAP_TYPE;
	int anon = (flags & MAP_ANON) != 0;

	(void)addr;
	if (len == 0 || (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0)
		return fail(EINVAL);
	if (type != MAP_SHARED && type != MAP_PRIVATE && type != MAP_SHARED_VALIDATE)
		return fail(EINVAL);
	if (type == MAP_SHARED_VALIDATE && (flags & ~KNOWN_FLAGS) != 0)
		return fail(EOPNOTSUPP);
	if (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE))
		return fail(ENOTSUP);
	if (!anon && (offset < 0 || (uint64_t)offset % W64_PAGE != 0))
		return fail(EINVAL);
	size_t size = (len + W64_PAGE - 1) & ~(W64_PAGE - 1);
	if (size < len || size > (size_t)PTRDIFF_MAX)
		return fail(ENOMEM);

	int shared_write = 0;
	if (!anon) {
		/* A file that can be read at an offset, open for reading (and
		 * for writing too, to share changes). */
		struct __w64_fdstat st;
		int err = __w64_host_fd_fdstat_get(fd, &st);
		if (err != 0)
			return fail(err);
		if (st.fs_filetype != W64_FILETYPE_REGULAR_FILE &&
		    st.fs_filetype != W64_FILETYPE_BLOCK_DEVICE)
			return fail(ENODEV);
		if (!(st.fs_rights_base & W64_RIGHT(FD_READ)))
			return fail(EACCES);
		if (type != MAP_PRIVATE && (prot & PROT_WRITE)) {
			if (!(st.fs_rights_base & W64_RIGHT(FD_WRITE)))
				return fail(EACCES);
			shared_write = 1;
		}
		if ((uint64_t)offset > UINT64_MAX - size)
			return fail(EOVERFLOW);
	}

	struct __w64_map_block *b = calloc(1, sizeof *b);
	unsigned char *base = aligned_alloc(W64_PAGE, size);
	unsigned char *shadow = shared_write ? malloc(size) : NULL;
	int err = b == NULL || base == NULL || (shared_write && shadow == NULL) ? ENOMEM : 0;
	if (err == 0) {
		memset(base, 0, size);
		if (!anon)
			err = read_in(fd, base, size, (uint64_t)offset);
	}
	if (err == 0) {
		if (shadow != NULL)
			memcpy(shadow, base, size);
		*b = (struct __w64_map_block){.base = base, .len = size, .fd = shared_write ? fd : -1,
					      .offset = anon ? 0 : offset, .shadow = shadow, .anon = anon};
		err = __w64_map_add(b);
	}
	if (err != 0) {
		free(shadow);
		free(base);
		free(b);
		return fail(err);
	}
	return base;
}
