/* The spec test runner (wasm64-run --spec FILE.json). */
#ifndef W64_SPEC_H
#define W64_SPEC_H

#include <stdbool.h>

/* Runs one command file; prints failures and the summary line.  Returns
 * the process exit status: 0 iff no command failed.  `skip_list` (or NULL)
 * names a file of commands to skip with a reason, one per line:
 * "FILE.json LINE reason" or "FILE.json MODULE.wasm reason" (the module
 * and every command on it).  With `validate_only`, only decoding and
 * validation are judged: every module must validate, every
 * assert_invalid/assert_malformed binary must be rejected, and the other
 * commands (which run code) are skipped. */
int w64_spec_run_file(const char *json_path, bool verbose, const char *skip_list,
                      bool validate_only);

#endif
