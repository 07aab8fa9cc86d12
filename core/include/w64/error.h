/* Error reports shared by the decoder, validator, runtime and rewriter. */
#ifndef W64_ERROR_H
#define W64_ERROR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct w64_error {
	bool set;
	/* The input uses a feature this implementation does not have (SIMD,
	 * GC, exceptions, ...), as opposed to being malformed or invalid. */
	bool unsupported;
	size_t offset;     /* byte offset in the binary the message is about */
	char msg[240];
};

/* A name as it appears in the binary: not NUL-terminated. */
struct w64_name {
	const uint8_t *bytes;
	uint32_t len;
};

static inline bool w64_name_eq(struct w64_name n, const char *s)
{
	size_t i = 0;
	for (; i < n.len; i++)
		if (s[i] == '\0' || (uint8_t)s[i] != n.bytes[i])
			return false;
	return s[i] == '\0';
}

static inline void w64_error_clear(struct w64_error *e)
{
	e->set = false;
	e->unsupported = false;
	e->offset = 0;
	e->msg[0] = '\0';
}

/* Records the first error only; later calls are ignored.  Returns -1 so a
 * caller can `return w64_error_set(...)`. */
int w64_error_set(struct w64_error *e, size_t offset, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
