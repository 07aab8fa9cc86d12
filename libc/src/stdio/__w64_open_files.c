/*
 * The list of streams in use, and what exit() does with it.
 *
 * exit.c holds an empty weak __w64_stdio_exit; the strong one here
 * replaces it whenever this file is linked, which is whenever a stream has
 * been used (every stdio entry point reaches __w64_file_ready).
 */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_startup.h"
#include "w64_stdio.h"

struct __w64_file *__w64_open_files;

void __w64_file_ready(struct __w64_file *f)
{
	if (f->flags & W64_FILE_AUTO_LBF) {
		/* isatty reports "not a terminal" through errno, and printf
		 * to a pipe must not leave ENOTTY behind. */
		int saved = errno;
		f->mode = isatty(f->fd) ? _IOLBF : _IOFBF;
		__w64_set_errno(saved);
	}
	/* The first use orients a stream no wide function has oriented:
	 * byte I/O does (C11 7.21.2p4), and so, more than C asks, do
	 * setvbuf, fseek and ftell before any I/O. */
	if (f->orient == 0)
		f->orient = -1;
	f->flags |= W64_FILE_READY;
	f->next = __w64_open_files;
	__w64_open_files = f;
}

void __w64_file_unlink(struct __w64_file *f)
{
	for (struct __w64_file **p = &__w64_open_files; *p != NULL; p = &(*p)->next) {
		if (*p == f) {
			*p = f->next;
			break;
		}
	}
	f->flags &= ~(unsigned)W64_FILE_READY;
}

void __w64_stdio_exit(void)
{
	__w64_file_list_lock();
	for (struct __w64_file *f = __w64_open_files; f; f = f->next)
		__w64_file_flush(f);
	__w64_file_list_unlock();
}
