#ifndef W64_STDIO_H
#define W64_STDIO_H

#include <stddef.h>

/*
 * write() until all `len` bytes are out.  Returns 0, or -1 with errno set
 * (EIO when the host reports progress of zero bytes, which would otherwise
 * loop forever).
 */
__attribute__((visibility("hidden"))) int __w64_write_all(int fd, const void *buf, size_t len);

#endif
