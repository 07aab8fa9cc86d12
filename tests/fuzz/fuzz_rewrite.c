/* libFuzzer target: the rewriter on any input.  --to64 (with tables),
 * --to32, and the round trip --to64 then --to32; whatever the rewriter
 * accepts must come out as a module that decodes and validates (abort
 * otherwise), and a refusal is an error message, never a crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "w64/rewrite.h"
#include "w64/module.h"
#include "w64/validate.h"

static void must_validate(const struct w64_buf *b, const char *what)
{
	struct w64_error err;
	struct w64_module *m = w64_module_decode(b->data, b->len, &err);
	if (!m || w64_validate_module(m, &err) != 0) {
		fprintf(stderr, "fuzz_rewrite: %s output invalid at 0x%zx: %s\n", what, err.offset,
		        err.msg);
		abort();
	}
	w64_module_free(m);
}

/* Rewrites in[0..len) into *out; true when the rewriter accepted it. */
static bool rewrite(const uint8_t *in, size_t len, enum w64_direction d, struct w64_buf *out)
{
	struct w64_rewrite_opts o = {.direction = d, .tables = d == W64_TO64};
	struct w64_error err;
	if (w64_rewrite(in, len, &o, out, &err) < 0)
		return false;
	must_validate(out, d == W64_TO64 ? "--to64" : "--to32");
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct w64_buf to64 = {0}, to32 = {0}, back = {0};
	if (rewrite(data, size, W64_TO64, &to64))
		rewrite(to64.data, to64.len, W64_TO32, &back);
	rewrite(data, size, W64_TO32, &to32);
	w64_buf_free(&to64);
	w64_buf_free(&to32);
	w64_buf_free(&back);
	return 0;
}
