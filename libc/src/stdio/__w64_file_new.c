#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_stdio.h"

void __w64_file_init(struct __w64_file *f, int fd, unsigned file_flags)
{
	unsigned char *own = f->own_buf;
	size_t own_size = f->own_size;
	unsigned keep = f->flags & W64_FILE_ALLOCATED;

	*f = (struct __w64_file){
		.fd = fd,
		/* Line-buffered if it is a terminal, decided at first use. */
		.flags = file_flags | keep | W64_FILE_AUTO_LBF,
		.mode = _IOFBF,
		.buf = own,
		.buf_size = own_size,
		.own_buf = own,
		.own_size = own_size,
	};
}

struct __w64_file *__w64_file_new(int fd, unsigned file_flags)
{
	/* The FILE and its buffer in one allocation. */
	struct __w64_file *f = malloc(sizeof *f + BUFSIZ);
	if (f == NULL) {
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	f->own_buf = (unsigned char *)(f + 1);
	f->own_size = BUFSIZ;
	f->flags = W64_FILE_ALLOCATED;
	__w64_file_init(f, fd, file_flags);
	return f;
}
