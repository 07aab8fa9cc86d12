/* A growable output buffer with the binary format's encodings (the
 * encoder side of reader.h).  Allocation failure is sticky: check `oom`
 * once at the end. */
#ifndef W64_WRITER_H
#define W64_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct w64_buf {
	uint8_t *data;
	size_t len, cap;
	bool oom;
};

void w64_buf_free(struct w64_buf *b);
/* Makes room for n more bytes; false (and oom) on failure. */
bool w64_buf_reserve(struct w64_buf *b, size_t n);
void w64_put_u8(struct w64_buf *b, uint8_t v);
void w64_put_bytes(struct w64_buf *b, const void *p, size_t n);
void w64_put_u32(struct w64_buf *b, uint32_t v);   /* unsigned LEB128 */
void w64_put_u64(struct w64_buf *b, uint64_t v);
void w64_put_s32(struct w64_buf *b, int32_t v);    /* signed LEB128 */
void w64_put_s64(struct w64_buf *b, int64_t v);
/* A length-prefixed byte string (names, section payloads). */
void w64_put_vec(struct w64_buf *b, const void *p, size_t n);

/* The LEB128 size of v. */
size_t w64_u32_size(uint32_t v);

#endif
