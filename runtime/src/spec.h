/* The spec test runner (wasm64-run --spec FILE.json). */
#ifndef W64_SPEC_H
#define W64_SPEC_H

#include <stdbool.h>

/* Runs one command file; prints failures and the summary line.  Returns
 * the process exit status: 0 iff no command failed. */
int w64_spec_run_file(const char *json_path, bool verbose);

#endif
