/*
 * The inside of FILE, and the helpers the stdio functions share.
 *
 * A stream is a file descriptor plus an optional output buffer.  Streams
 * are set up lazily: the first operation on one (__w64_file_ready) picks
 * stdout's buffering mode from the host's filetype and links the stream
 * into the list of open streams that exit() flushes.  Nothing runs at
 * startup, and a program that never touches stdio links none of it.
 */
#ifndef W64_STDIO_H
#define W64_STDIO_H

#include <stddef.h>
#include <stdio.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

struct __w64_file {
	int fd;
	unsigned flags;           /* W64_FILE_* */
	int mode;                 /* _IOFBF, _IOLBF or _IONBF */
	unsigned char *buf;       /* output buffer (NULL: none) */
	size_t buf_size;
	unsigned char *own_buf;   /* the stream's own buffer, for setvbuf(NULL) */
	size_t own_size;
	size_t buf_len;           /* bytes waiting in buf */
	struct __w64_file *next;  /* __w64_open_files, once ready */
};

#define W64_FILE_ERR 0x1       /* the error indicator */
#define W64_FILE_EOF 0x2       /* the end-of-file indicator */
#define W64_FILE_READY 0x4     /* mode decided, on the open list */
#define W64_FILE_AUTO_LBF 0x8  /* line-buffered iff a character device */
#define W64_FILE_NO_WRITE 0x10 /* opened for reading only */

/* Every stream that has been used, most recent first. */
W64_HIDDEN extern struct __w64_file *__w64_open_files;

/* Decides the buffering mode and joins the open list; call when
 * (flags & W64_FILE_READY) is clear.  Never changes errno. */
W64_HIDDEN void __w64_file_ready(struct __w64_file *f);

/* Writes the buffered bytes.  0, or EOF with errno and the error
 * indicator set (unwritten bytes stay buffered). */
W64_HIDDEN int __w64_file_flush(struct __w64_file *f);

/* Appends n bytes to the stream under its buffering rules.  Returns n,
 * or fewer with errno and the error indicator set. */
W64_HIDDEN size_t __w64_file_write(struct __w64_file *f, const void *p, size_t n);

/*
 * write() until all `len` bytes are out.  Returns how many were written:
 * `len`, or fewer with errno set (EIO when the host reports progress of
 * zero bytes, which would otherwise loop forever).
 */
W64_HIDDEN size_t __w64_write_all(int fd, const void *buf, size_t len);

#undef W64_HIDDEN

#endif
