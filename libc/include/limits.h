/*
 * limits.h, POSIX part.  clang's own limits.h (found first, in its resource
 * directory) defines the C limits — CHAR_BIT, INT_MAX, LLONG_MAX… — and,
 * when compiling for a hosted target, #include_next's this file for what
 * the C library adds: the POSIX limits.  Included first (e.g. through a
 * user's -isystem), it fetches clang's the other way round.
 *
 * The guard name is the one clang's header checks, so neither header is
 * read twice.
 */
#ifndef _LIBC_LIMITS_H_
#define _LIBC_LIMITS_H_

#include <bits/types.h> /* refuses targets other than wasm64 and wasm32 */

#if __has_include_next(<limits.h>)
#include_next <limits.h>
#endif

/* The longest multibyte character of any locale: 4, UTF-8's in
 * "C.UTF-8".  Defined here, before clang's header would make it 1. */
#undef MB_LEN_MAX
#define MB_LEN_MAX 4

/* Sizes of the POSIX types (the C limits above come from the compiler). */
#define SSIZE_MAX __LONG_MAX__
#define LONG_BIT (__SIZEOF_LONG__ * 8)
#define WORD_BIT 32

/* Run-time invariant values.  WASI gives no way to ask the host, so these
 * are the common Linux values, which hosts that map WASI onto POSIX share. */
#define PATH_MAX 4096
#define NAME_MAX 255
#define PIPE_BUF 4096
#define IOV_MAX 1024
#define ATEXIT_MAX 32       /* the size of atexit's table */
#define LINE_MAX 2048
#define HOST_NAME_MAX 255
#define SYMLOOP_MAX 40
#define NL_ARGMAX 64
#define NL_LANGMAX 14
#define NL_MSGMAX 32767
#define NL_SETMAX 255
#define NL_TEXTMAX 2048
#define NZERO 20
#define TZNAME_MAX 6
#define CHARCLASS_NAME_MAX 14
#define COLL_WEIGHTS_MAX 2
#define EXPR_NEST_MAX 32
#define RE_DUP_MAX 255
#define BC_BASE_MAX 99
#define BC_DIM_MAX 2048
#define BC_SCALE_MAX 99
#define BC_STRING_MAX 1000

/* The minimum values POSIX guarantees on every system. */
#define _POSIX_AIO_LISTIO_MAX 2
#define _POSIX_AIO_MAX 1
#define _POSIX_ARG_MAX 4096
#define _POSIX_CHILD_MAX 25
#define _POSIX_CLOCKRES_MIN 20000000
#define _POSIX_DELAYTIMER_MAX 32
#define _POSIX_HOST_NAME_MAX 255
#define _POSIX_LINK_MAX 8
#define _POSIX_LOGIN_NAME_MAX 9
#define _POSIX_MAX_CANON 255
#define _POSIX_MAX_INPUT 255
#define _POSIX_MQ_OPEN_MAX 8
#define _POSIX_MQ_PRIO_MAX 32
#define _POSIX_NAME_MAX 14
#define _POSIX_NGROUPS_MAX 8
#define _POSIX_OPEN_MAX 20
#define _POSIX_PATH_MAX 256
#define _POSIX_PIPE_BUF 512
#define _POSIX_RE_DUP_MAX 255
#define _POSIX_RTSIG_MAX 8
#define _POSIX_SEM_NSEMS_MAX 256
#define _POSIX_SEM_VALUE_MAX 32767
#define _POSIX_SIGQUEUE_MAX 32
#define _POSIX_SSIZE_MAX 32767
#define _POSIX_STREAM_MAX 8
#define _POSIX_SYMLINK_MAX 255
#define _POSIX_SYMLOOP_MAX 8
#define _POSIX_THREAD_DESTRUCTOR_ITERATIONS 4
#define _POSIX_THREAD_KEYS_MAX 128
#define _POSIX_THREAD_THREADS_MAX 64
#define _POSIX_TIMER_MAX 32
#define _POSIX_TTY_NAME_MAX 9
#define _POSIX_TZNAME_MAX 6
#define _POSIX2_BC_BASE_MAX 99
#define _POSIX2_BC_DIM_MAX 2048
#define _POSIX2_BC_SCALE_MAX 99
#define _POSIX2_BC_STRING_MAX 1000
#define _POSIX2_CHARCLASS_NAME_MAX 14
#define _POSIX2_COLL_WEIGHTS_MAX 2
#define _POSIX2_EXPR_NEST_MAX 32
#define _POSIX2_LINE_MAX 2048
#define _POSIX2_RE_DUP_MAX 255
#define _XOPEN_IOV_MAX 16
#define _XOPEN_NAME_MAX 255
#define _XOPEN_PATH_MAX 1024

#endif
