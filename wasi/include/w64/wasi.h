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

/* Threads (wasi/src/threads.c): every store that runs the program, one
 * per thread, links the context's functions through a link of its own;
 * files, arguments and environment are the context's, shared by all (the
 * context serialises the calls that change its fd table).  A link lives
 * until its store is freed; the context outlives every link. */
struct w64_wasi_link;
struct w64_wasi_link *w64_wasi_link_new(struct w64_wasi *w, struct w64_store *s);
void w64_wasi_link_free(struct w64_wasi_link *l);
/* w64_wasi_resolve for the link's store (user: the link). */
int w64_wasi_link_resolve(void *link, const struct w64_module *m, const struct w64_import *imp,
                          struct w64_extern *out, struct w64_trap *trap);


/* wasi-threads (docs/runtime.md, Threads): the import wasi.thread-spawn,
 * the memories a module imports (made once, shared by every thread's
 * instance), and the end of a threaded program.  Use
 * w64_wasi_threads_resolve to instantiate the main instance in `s` (the
 * store the context was made with), and w64_wasi_threads_call to run it:
 * each spawned thread gets a store (of config `cfg`) and an instance of
 * its own. */
struct w64_wasi_threads;

/* Threads beside the main one that may run at once, by default. */
#define W64_WASI_MAX_THREADS 1024

struct w64_wasi_threads_config {
	uint32_t max_threads;     /* 0: W64_WASI_MAX_THREADS; past it, thread-spawn gives -EAGAIN */
	/* When set, the first spawn refused for the limit says so on stderr,
	 * after this name (a program's name). */
	const char *diag_name;
};

struct w64_wasi_threads *w64_wasi_threads_new(struct w64_wasi *w, struct w64_store *s,
                                              const struct w64_module *m,
                                              const struct w64_store_config *cfg,
                                              const struct w64_wasi_threads_config *tcfg);
/* A w64_resolver (user: the threads) for the main instance: memories the
 * module imports, wasi.thread-spawn, and WASI through w64_wasi_resolve. */
int w64_wasi_threads_resolve(void *threads, const struct w64_module *m,
                             const struct w64_import *imp, struct w64_extern *out,
                             struct w64_trap *trap);
/* Calls f as the program's main thread and returns when the program
 * ends: f returns (its results are stored), or any thread calls
 * proc_exit (W64_EXITED), traps or throws (the trap names that thread's
 * frames).  A module that does not import thread-spawn is simply called. */
enum w64_status w64_wasi_threads_call(struct w64_wasi_threads *p, struct w64_store *s,
                                      struct w64_func_inst *f, const uint64_t *args,
                                      uint64_t *results, struct w64_trap *trap);
/* Whether some thread still runs after the end: then the stores, the
 * context and the module must stay (the process ends with the threads). */
bool w64_wasi_threads_running(struct w64_wasi_threads *p);
/* Frees the threads (only when none runs) and the stores of those that
 * ended; before the main store, which holds the shared memories. */
void w64_wasi_threads_free(struct w64_wasi_threads *p);

#endif
