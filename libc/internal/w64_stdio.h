/*
 * The inside of FILE, and the helpers the stdio functions share.
 *
 * A stream is a file descriptor plus one buffer, which holds either output
 * waiting to be written (buf_len bytes) or input read ahead (buf[rpos,
 * rend)), never both: W64_FILE_READING says which.  Switching direction
 * flushes the output, or gives the unread input back to the descriptor
 * with a seek, so a stream opened "r+" can be read and written in turn
 * even without the fseek C asks for in between.  Pushed-back characters
 * (ungetc) go back into the buffer when there is room before rpos, else
 * into a small stack read before it.
 *
 * A stream may stand on four functions instead of a descriptor (fopencookie,
 * and fmemopen and open_memstream built on it): W64_FILE_COOKIE says so,
 * and the __w64_file_sys_* helpers below go to one or the other.
 *
 * Streams are set up lazily: the first operation on one (__w64_file_ready)
 * picks the buffering mode from the host's filetype when the stream asks
 * for it (stdin, stdout, fopen'd files: line-buffered on a character
 * device) and links the stream into the list of open streams that exit()
 * flushes.  Nothing runs at startup, and a program that never touches
 * stdio links none of it.
 */
#ifndef W64_STDIO_H
#define W64_STDIO_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>
#include <wchar.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* ungetc() can push back this many characters in a row (C asks for 1). */
#define W64_UNGET_MAX 8

/* fopencookie's functions (glibc's cookie_io_functions_t). */
struct __w64_file_io {
	ssize_t (*read)(void *cookie, char *buf, size_t n);
	ssize_t (*write)(void *cookie, const char *buf, size_t n);
	int (*seek)(void *cookie, off_t *pos, int whence);
	int (*close)(void *cookie);
	/* Not fopencookie's: called by fflush(f) after the flush, where a
	 * stream in memory publishes its state (open_memstream). */
	int (*sync)(void *cookie);
};

struct __w64_file {
	int fd;                   /* -1 for a cookie stream */
	unsigned flags;           /* W64_FILE_* */
	int mode;                 /* _IOFBF, _IOLBF or _IONBF */
	unsigned char *buf;       /* the buffer (NULL: none) */
	size_t buf_size;
	unsigned char *own_buf;   /* the stream's own buffer, for setvbuf(NULL) */
	size_t own_size;
	size_t buf_len;           /* output bytes waiting in buf */
	size_t rpos, rend;        /* input: buf[rpos, rend) not yet consumed */
	size_t nungot;            /* pushed-back characters in ungot, last on top */
	unsigned char ungot[W64_UNGET_MAX];
	struct __w64_file *next;  /* __w64_open_files, once ready */
	struct __w64_file_io io;  /* W64_FILE_COOKIE: the stream's functions */
	void *cookie;
	int orient;               /* fwide: > 0 wide, < 0 byte, 0 not yet */
	wint_t wungot;            /* ungetwc's character, with W64_FILE_WUNGOT */
#ifdef W64_THREADS
	/* The wasip1-threads libc's stream lock (libc/threads/src/stdio):
	 * a lock word, its holder's pthread_self() and how deep it holds it. */
	int lock;
	int lock_depth;
	unsigned long lock_owner;
#endif
};

#define W64_FILE_ERR 0x1        /* the error indicator */
#define W64_FILE_EOF 0x2        /* the end-of-file indicator */
#define W64_FILE_READY 0x4      /* mode decided, on the open list */
#define W64_FILE_AUTO_LBF 0x8   /* line-buffered iff a character device */
#define W64_FILE_NO_WRITE 0x10  /* opened for reading only */
#define W64_FILE_NO_READ 0x20   /* opened for writing only */
#define W64_FILE_READING 0x40   /* the buffer holds input */
#define W64_FILE_APPEND 0x80    /* every write goes to the end */
#define W64_FILE_ALLOCATED 0x100 /* fclose frees the FILE (fopen, fdopen) */
#define W64_FILE_COOKIE 0x200   /* io and cookie instead of fd */
#define W64_FILE_WROTE 0x400    /* the last operation was output (__fwriting) */
#define W64_FILE_WUNGOT 0x800   /* wungot holds a pushed-back wide character */

/* Every stream that has been used, most recent first. */
W64_HIDDEN extern struct __w64_file *__w64_open_files;

/* Decides the buffering mode and joins the open list; call when
 * (flags & W64_FILE_READY) is clear.  Never changes errno. */
W64_HIDDEN void __w64_file_ready(struct __w64_file *f);

/* Writes the buffered output.  0, or EOF with errno and the error
 * indicator set (unwritten bytes stay buffered).  A stream that is
 * reading has no output: 0. */
W64_HIDDEN int __w64_file_flush(struct __w64_file *f);

#ifdef W64_THREADS
/* The stream lock of the wasip1-threads libc, recursive (flockfile and
 * the stdio functions take it).  __w64_file_trylock: 0 when taken, -1
 * when another thread holds it.  __w64_file_lock_nested: for a flush the
 * caller did not ask for (of another line-buffered stream, at
 * fflush(NULL)): it waits only when the caller holds no stream lock, so
 * that no thread ever sleeps on a stream while holding another; 0 when
 * taken, -1 when not (skip the stream), 1 when the caller is exiting and
 * flushes without locks (__w64_file_exiting), as glibc's exit does: a
 * thread that holds a stream must not keep the output of the others in. */
W64_HIDDEN void __w64_file_lock(struct __w64_file *f);
W64_HIDDEN int __w64_file_trylock(struct __w64_file *f);
W64_HIDDEN int __w64_file_lock_nested(struct __w64_file *f);
W64_HIDDEN void __w64_file_unlock(struct __w64_file *f);
W64_HIDDEN void __w64_file_exiting(void);

/* Defines the public function NAME of the wasip1-threads libc as the
 * single-threaded one, compiled as w64_NAME_unlocked (its file is
 * included with NAME defined to that), called under STREAM's lock. */
#define W64_LOCKED_STDIO(name, type, params, args, stream) \
	type name params                                    \
	{                                                   \
		__w64_file_lock(stream);                    \
		type ret = w64_##name##_unlocked args;      \
		__w64_file_unlock(stream);                  \
		return ret;                                 \
	}
#define W64_LOCKED_STDIO_VOID(name, params, args, stream) \
	void name params                                    \
	{                                                   \
		__w64_file_lock(stream);                    \
		w64_##name##_unlocked args;                 \
		__w64_file_unlock(stream);                  \
	}
#endif

/* Around every walk of __w64_open_files.  The wasip1-threads libc holds
 * the list's lock there (so that no stream is unlinked and freed under
 * the walk), and its flushes then skip a stream another thread holds
 * rather than wait for it; with one thread there is nothing to do. */
#ifdef W64_THREADS
W64_HIDDEN void __w64_file_list_lock(void);
W64_HIDDEN void __w64_file_list_unlock(void);
#else
static inline void __w64_file_list_lock(void) {}
static inline void __w64_file_list_unlock(void) {}
#endif

/* Appends n bytes to the stream under its buffering rules.  Returns n,
 * or fewer with errno and the error indicator set. */
W64_HIDDEN size_t __w64_file_write(struct __w64_file *f, const void *p, size_t n);

/* Prepares a stream for output: a reading stream gives its unread input
 * back (a seek), which discards it when the descriptor cannot seek.
 * 0, or EOF with errno and the error indicator set. */
W64_HIDDEN int __w64_file_to_write(struct __w64_file *f);

/* Prepares a stream for input: pending output is written first.
 * 0, or EOF with errno and the error indicator set. */
W64_HIDDEN int __w64_file_to_read(struct __w64_file *f);

/* Drops the input read ahead, seeking the descriptor back to the stream's
 * position when it can; the stream is then neither reading nor writing. */
W64_HIDDEN void __w64_file_drop_input(struct __w64_file *f);

/* The next byte, or EOF (end of file or error, with the indicator set):
 * getc's slow path. */
W64_HIDDEN int __w64_file_getc(struct __w64_file *f);

/* Reads up to n bytes; fewer only at end of file or on an error (with
 * the indicator set). */
W64_HIDDEN size_t __w64_file_read(struct __w64_file *f, void *p, size_t n);

/* Reads more input into the buffer of a buffered stream whose buffer is
 * used up.  Returns the bytes now available; 0 at end of file or on an
 * error, with the indicator set. */
W64_HIDDEN size_t __w64_file_fill(struct __w64_file *f);

/* fopen's mode string as open() flags, and the stream flags that go with
 * it; -1 with errno EINVAL for a bad mode. */
W64_HIDDEN int __w64_fopen_flags(const char *mode, unsigned *file_flags);

/* A FILE with its own BUFSIZ buffer around an open descriptor (fopen,
 * fdopen, tmpfile); NULL with errno set. */
W64_HIDDEN struct __w64_file *__w64_file_new(int fd, unsigned file_flags);

/* Initialises f around fd and its flags, reusing f's own buffer. */
W64_HIDDEN void __w64_file_init(struct __w64_file *f, int fd, unsigned file_flags);

/* Takes f off the open list (fclose). */
W64_HIDDEN void __w64_file_unlink(struct __w64_file *f);

/* A stream over io and cookie, fully buffered; NULL with errno set. */
W64_HIDDEN struct __w64_file *__w64_file_new_cookie(void *cookie, const struct __w64_file_io *io,
						    unsigned file_flags);

/*
 * The stream's own I/O, by descriptor or by its functions.  sys_read is
 * one read: the count, 0 at the end, -1 on an error.  sys_write writes
 * all n bytes to a descriptor; a cookie's write is called once, as glibc
 * does, and a short count is an error.  It returns what was written,
 * fewer with the error.  sys_seek returns the new position or -1.
 */
W64_HIDDEN ssize_t __w64_file_sys_read(struct __w64_file *f, void *p, size_t n);
W64_HIDDEN size_t __w64_file_sys_write(struct __w64_file *f, const void *p, size_t n);
W64_HIDDEN off_t __w64_file_sys_seek(struct __w64_file *f, off_t offset, int whence);
W64_HIDDEN int __w64_file_sys_close(struct __w64_file *f);

/*
 * write() until all `len` bytes are out.  Returns how many were written:
 * `len`, or fewer with errno set (EIO when the host reports progress of
 * zero bytes, which would otherwise loop forever).
 */
W64_HIDDEN size_t __w64_write_all(int fd, const void *buf, size_t len);

/* Makes an unoriented stream wide-oriented (the wide functions do so,
 * C11 7.21.2p4). */
static inline void __w64_file_wide(struct __w64_file *f)
{
	if (f->orient == 0)
		f->orient = 1;
}

/* fgetwc without orienting the stream: a character read in LC_CTYPE's
 * encoding, or WEOF (errno EILSEQ and the error indicator for bytes that
 * are none; their bytes stay unread, as in glibc). */
W64_HIDDEN wint_t __w64_file_getwc(struct __w64_file *f);

/* ungetwc without orienting the stream: c goes into wungot, which any
 * wide character fits whatever the locale can encode (a character
 * already there goes back into the byte pushback, encoded).  c, or WEOF.
 * Whatever drops the pushed-back bytes (fseek, a switch to output) drops
 * it too. */
W64_HIDDEN wint_t __w64_file_ungetwc(wint_t c, struct __w64_file *f);

/* fputwc without orienting the stream: c, or WEOF with errno set (and
 * the error indicator). */
W64_HIDDEN wint_t __w64_file_putwc(wchar_t c, struct __w64_file *f);

struct __w64_sink;
/* Runs the printf engine into a stream through `sink`, which writes to
 * f: readies f for output and lends an unbuffered stream a buffer for
 * the call, so that a message is one write. */
W64_HIDDEN int __w64_file_vformat(struct __w64_file *f, struct __w64_sink *sink, const char *fmt,
				  __builtin_va_list ap);

/* getc's fast path: a byte from the buffer, else the slow path. */
static inline int __w64_getc_inline(struct __w64_file *f)
{
	if (f->nungot == 0 && f->rpos < f->rend)
		return f->buf[f->rpos++];
	return __w64_file_getc(f);
}

#undef W64_HIDDEN

#endif
