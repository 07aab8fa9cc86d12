#ifndef W64_TTY_H
#define W64_TTY_H

/* What a terminal call answers for fd: EBADF when it is not open, else
 * ENOTTY (WASI cannot reach a terminal's settings).  Sets errno; -1. */
__attribute__((visibility("hidden"))) int __w64_no_tty(int fd);

#endif
