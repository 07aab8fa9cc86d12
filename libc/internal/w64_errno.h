#ifndef W64_ERRNO_H
#define W64_ERRNO_H

/*
 * The one place that stores to errno.  `err` is a positive E* value, which
 * is also a WASI errno, so host-layer results pass through unchanged.
 * Returns -1 so a failing call can end with `return __w64_set_errno(e);`.
 */
__attribute__((visibility("hidden"))) int __w64_set_errno(int err);

#endif
