/* WASI preview 1 for wasm32 modules and the wasm64 host ABI (docs/host-abi.md). */
#ifndef W64_WASI_H
#define W64_WASI_H

#include "w64/runtime.h"

struct w64_wasi;

/* argv/env strings are borrowed: they must outlive the context. */
struct w64_wasi *w64_wasi_new(struct w64_store *s, int argc, char *const *argv,
                              int envc, char *const *env);
/* Closes every fd the program still has open (never the host's stdio). */
void w64_wasi_free(struct w64_wasi *w);

/* Preopens the host directory `host` as the next fd (3, 4, ...), named
 * `guest` for the program (fd_prestat_dir_name); no path the program uses
 * through it can reach outside it (docs/runtime-wasi.md).  Returns 0, or
 * -1 with a message naming `host` in err. */
int w64_wasi_preopen(struct w64_wasi *w, const char *host, const char *guest, char *err,
                     size_t errlen);

/* A w64_resolver for imports from "wasi_snapshot_preview1": picks the
 * wasm32 or wasm64 implementation from each import's declared type.  Any
 * other module is an unknown import. */
int w64_wasi_resolve(void *wasi, const struct w64_module *m, const struct w64_import *imp,
                     struct w64_extern *out, struct w64_trap *trap);

#endif
