/* wasm64-rewrite: wasm32 <-> wasm64 conversion of memories and tables. */
#ifndef W64_REWRITE_H
#define W64_REWRITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "w64/error.h"
#include "w64/writer.h"

enum w64_direction {
	W64_TO64,   /* 32-bit memories (and, with tables, tables) become 64-bit */
	W64_TO32,   /* 64-bit memories and tables become 32-bit */
};

struct w64_rewrite_opts {
	enum w64_direction direction;
	bool tables;          /* --to64: convert tables too (--table64); --to32 always does */
	bool tables_only;     /* --to32: convert the tables only, memories stay 64-bit */
	bool saturate;        /* --to32: addresses saturate at 0xffffffff instead of wrapping */
	uint64_t base;        /* --to64: place the module's memories at this offset */
	bool wasi64;          /* --to64: WASI imports to the wasm64 host ABI, behind
	                       * wrappers whose scratch page lies below `base`
	                       * (which must be at least 65536) */
	bool validate_output; /* re-validate what was produced (tests, --check) */
	unsigned threads;     /* for function bodies; 0 or 1: this thread only */
	/* Optional: when set (and validate_output is not), the output is
	 * handed to sink in order, piece by piece, instead of being gathered
	 * in *out; the function bodies rewritten on other threads go to it
	 * without being copied.  A negative return stops the rewrite (-1,
	 * "write error"); the caller knows why. */
	int (*sink)(void *user, const uint8_t *data, size_t len);
	/* With sink: overwrites len bytes at offset `at` of what was sunk
	 * (a large code section's size, known last). */
	int (*sink_patch)(void *user, uint64_t at, const uint8_t *data, size_t len);
	void *sink_user;
	/* Called for each warning (e.g. DWARF sections dropped). */
	void (*warn)(void *user, size_t offset, const char *msg);
	void *warn_user;
};

/* Rewrites the module in[0..len) into *out (with opts->sink: through the
 * sink; *out is then empty on return).  Function bodies are validated as
 * they are rewritten; on failure returns -1 with the offset and reason in
 * *err (and *out is left for the caller to free). */
int w64_rewrite(const uint8_t *in, size_t len, const struct w64_rewrite_opts *opts,
                struct w64_buf *out, struct w64_error *err);

#endif
