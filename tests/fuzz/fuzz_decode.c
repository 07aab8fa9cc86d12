/* libFuzzer target: decode + validate any input, nothing else, so every
 * execution goes to the bounded reader, the decoder and the validator
 * (deep nesting, huge counts, truncated sections).  Must never crash,
 * leak or read past the input. */
#include <stdint.h>
#include <stdlib.h>

#include "w64/module.h"
#include "w64/validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct w64_error err;
	struct w64_module *m = w64_module_decode(data, size, &err);
	if (!m)
		return 0;
	w64_validate_module(m, &err);
	w64_module_free(m);
	return 0;
}
