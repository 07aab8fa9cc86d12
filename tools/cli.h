/* What the command-line programs share (wasm64-run, wasm64-rewrite and the
 * test tools w64-spec and w64-fuzz-run): loading a file, reading sizes. */
#ifndef W64_CLI_H
#define W64_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The whole file at `path`: mapped when it is a regular file (no copy),
 * read otherwise (a pipe, /dev/stdin).  NULL with errno set on failure.
 * Free it with w64_cli_unload. */
struct w64_cli_file {
	uint8_t *bytes;
	size_t len;
	bool mapped;
};
int w64_cli_load(const char *path, struct w64_cli_file *f);
void w64_cli_unload(struct w64_cli_file *f);

/* "4096", "64K", "4G" (K, M, G, T: powers of 1024): false unless the whole
 * string is such a size and it fits in 64 bits. */
bool w64_cli_parse_size(const char *s, uint64_t *out);

#endif
