/* The `fuzzing-support` host module of Binaryen's translate-to-fuzz
 * (wasm-opt -ttf) modules, for differential testing against other engines
 * (docs/fuzzing.md).  `wasm64-run --fuzzing-support MODULE.wasm`
 * instantiates the module with these imports and calls every exported
 * function in export order, as Binaryen's JS harness does, printing one
 * line per event in a canonical form:
 *
 *     call NAME            an export is called from the top level
 *     log TYPE VALUE       a log-* import was called
 *     result TYPE VALUE... the top-level call returned (nothing for no results)
 *     trap MESSAGE         the top-level call trapped
 *     exception            ... or ended in a host ("JS") exception
 *     instantiate trap MESSAGE
 *
 * Numbers print as their exact bits in hex (i32 0x%08x, i64 0x%016x,
 * f32 0x%08x, f64 0x%016x); references as "null" or "func" / "extern".
 */
#ifndef W64_FUZZING_H
#define W64_FUZZING_H

#include <stdio.h>

#include "w64/runtime.h"

/* Instantiates the validated module `m` in `s` with the fuzzing-support
 * imports and runs every export, writing the lines above to `out`.
 * Returns the process exit status: 0 when the exports ran (whatever they
 * did), 1 when the module could not be linked (message on stderr). */
int w64_fuzzing_run(struct w64_store *s, const struct w64_module *m, const char *path,
                    FILE *out);

#endif
