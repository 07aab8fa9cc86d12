/* wasi-threads: thread-spawn, and the life of a threaded program.
 *
 * A thread is a host thread with a store of its own and a new instance
 * of the module in it: the instance imports the same shared memory as
 * every other thread's (the memories a module imports are made once, in
 * the main store, and handed to each instance), links the same WASI
 * context (through a link of its own: the host functions are the store's,
 * the fd table the context's), and has its own globals and tables, which
 * the module's own segments and start function fill as they did for the
 * first.  The new thread calls the instance's export
 * wasi_thread_start(tid, start_arg).
 *
 * The program ends when its main thread returns from the function it was
 * called for (a return from _start is proc_exit(0)), or when any thread
 * calls proc_exit, traps, or throws an exception nothing catches: the
 * first of these decides the status, and the caller of
 * w64_wasi_threads_call gets it.  The other threads are not stopped:
 * when some still run, the process ends with them (the caller returns
 * from main without freeing what they use).  Everything here hangs off
 * one struct w64_wasi_threads, never off a global.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64/wasi.h"
#include "wasi_abi.h"

/* Thread ids the proposal allows: 1 to 0x1fffffff. */
#define MAX_TID 0x1fffffff

struct thread {
	struct thread *next;
	struct w64_wasi_threads *p;
	pthread_t handle;
	struct w64_store *store;
	struct w64_wasi_link *link;
	struct w64_func_inst *start;    /* wasi_thread_start */
	uint64_t args[2];               /* tid, start_arg */
	bool finished;                  /* returned: the handle can be joined */
	bool joined;
	bool keep;                      /* ended the program: its trap names its frames */
};

/* thread-spawn in one width, for the host functions of every store. */
struct spawn_binding {
	struct w64_wasi_threads *p;
	bool wide;
};

struct w64_wasi_threads {
	struct w64_wasi *w;
	struct w64_store *main_store;
	const struct w64_module *m;
	struct w64_store_config cfg;
	struct w64_wasi_threads_config tcfg;
	struct spawn_binding spawn[2];
	struct w64_memory_inst **memories;  /* per memory index: the imported ones */
	bool spawn_imported;

	pthread_mutex_t lock;
	pthread_cond_t ended_cond;          /* signalled when `ended` is set */
	struct thread *threads;             /* spawned, not yet joined */
	uint32_t live;                      /* spawned threads still running */
	uint32_t next_tid;
	bool warned;                        /* the limit was reported once */
	bool main_running;                  /* the main thread's host thread */
	pthread_t main_handle;
	struct main_call {                  /* what it runs (it may outlive the caller) */
		struct w64_wasi_threads *p;
		struct w64_store *s;
		struct w64_func_inst *f;
		const uint64_t *args;
		uint64_t *results;
	} main_call;
	bool abandoned;                     /* threads ran at the end: let go */
	bool ended;
	enum w64_status end_status;
	struct w64_trap end_trap;
};

/* A resolver's view: the threads, and the WASI link of the store being
 * instantiated. */
struct linker {
	struct w64_wasi_threads *p;
	struct w64_store *store;
	w64_resolver wasi_resolve;
	void *wasi_user;
};

/* --- the table -------------------------------------------------------------- */

enum threads_repr { THREADS_WORD };

static int32_t wasi_thread_spawn(struct w64_wasi_threads *p, bool wide, const uint64_t *args);

struct threads_fn {
	const char *import;
	uint8_t nparams;
	uint8_t reprs[4];
	int32_t (*impl)(struct w64_wasi_threads *p, bool wide, const uint64_t *args);
};

#define WASI_THREADS_PARAM(repr, name) THREADS_##repr,
#define WASI_THREADS_FUNC(name, import, result, params) \
	{import, sizeof((uint8_t[]){params 0}) - 1, {params 0}, wasi_##name},
static const struct threads_fn threads_fns[] = {
#include "wasi_threads.def"
};
#define NTHREADS_FNS (sizeof threads_fns / sizeof threads_fns[0])
_Static_assert(NTHREADS_FNS == 1, "spawn[] binds thread-spawn alone: bind each row");

static enum w64_status call_spawn(struct w64_host_call *call, uint64_t *cells,
                                  struct w64_trap *trap)
{
	(void)trap;
	const struct spawn_binding *b = call->user;
	/* A wasm32 start_arg is the u32 it is, whatever the cell's upper half. */
	uint64_t args[1] = {b->wide ? cells[0] : (uint32_t)cells[0]};
	cells[0] = (uint32_t)threads_fns[0].impl(b->p, b->wide, args);
	return W64_OK;
}

/* The import wasi.thread-spawn in the width its declared type says. */
static int resolve_spawn(struct linker *l, const struct w64_module *m, const struct w64_import *imp,
                         struct w64_extern *out, struct w64_trap *trap)
{
	const struct w64_functype *t = w64_func_type(m, imp->index);
	bool ok = t->nparams == 1 && t->nresults == 1 && t->results[0] == W64_I32 &&
	          (t->params[0] == W64_I32 || t->params[0] == W64_I64);
	if (!ok) {
		w64_trap_set(trap, "import wasi.thread-spawn: type must be (i32) -> i32 (wasm32) or "
		             "(i64) -> i32 (wasm64)");
		return -1;
	}
	/* Each thread runs a new instance over the memories the module
	 * imports: one it defines would be a new memory in every thread, and
	 * an unshared one would be used by several threads without a lock. */
	if (m->nmemories > m->nimported_memories) {
		w64_trap_set(trap, "import wasi.thread-spawn: the module defines its memory; a "
		             "threaded module must import it (shared)");
		return -1;
	}
	for (uint32_t i = 0; i < m->nmemories; i++)
		if (!m->memories[i].type.limits.shared) {
			w64_trap_set(trap, "import wasi.thread-spawn: memory %u is not shared; a threaded "
			             "module must import it shared", i);
			return -1;
		}
	bool wide = t->params[0] == W64_I64;
	w64_valtype param = t->params[0], result = W64_I32;
	struct w64_func_inst *f = w64_host_func_new(l->store, 1, &param, 1, &result, call_spawn,
	                                            &l->p->spawn[wide]);
	if (!f) {
		w64_trap_set(trap, "out of memory");
		return -1;
	}
	/* Read by w64_wasi_threads_call; the threads' own instances, made
	 * while other threads run, must not write it again. */
	if (l->store == l->p->main_store)
		l->p->spawn_imported = true;
	out->kind = W64_EXTERN_FUNC;
	out->u.func = f;
	return 0;
}

static bool name_is(struct w64_name n, const char *s)
{
	return n.len == strlen(s) && memcmp(n.bytes, s, n.len) == 0;
}

/* Memories the module imports, whatever the module name ("env" for
 * wasm-ld's --import-memory): made once, of the declared type, in the
 * main store; every thread's instance gets the same. */
static int resolve_memory(struct linker *l, const struct w64_module *m,
                          const struct w64_import *imp, struct w64_extern *out,
                          struct w64_trap *trap)
{
	struct w64_wasi_threads *p = l->p;
	struct w64_memory_inst **slot = &p->memories[imp->index];
	if (!*slot && !(*slot = w64_memory_new(p->main_store, &m->memories[imp->index].type, trap)))
		return -1;
	out->kind = W64_EXTERN_MEMORY;
	out->u.memory = *slot;
	return 0;
}

static int resolve(void *user, const struct w64_module *m, const struct w64_import *imp,
                   struct w64_extern *out, struct w64_trap *trap)
{
	struct linker *l = user;
	if (imp->kind == W64_EXTERN_MEMORY)
		return resolve_memory(l, m, imp, out, trap);
	if (name_is(imp->module, "wasi")) {
		for (size_t i = 0; i < NTHREADS_FNS; i++)
			if (imp->kind == W64_EXTERN_FUNC && name_is(imp->field, threads_fns[i].import))
				return resolve_spawn(l, m, imp, out, trap);
		w64_trap_set(trap, "unknown import wasi.%.*s: wasi-threads provides thread-spawn only",
		             (int)imp->field.len, (const char *)imp->field.bytes);
		return -1;
	}
	return l->wasi_resolve(l->wasi_user, m, imp, out, trap);
}

/* --- the program's life ------------------------------------------------------ */

struct w64_wasi_threads *w64_wasi_threads_new(struct w64_wasi *w, struct w64_store *s,
                                              const struct w64_module *m,
                                              const struct w64_store_config *cfg,
                                              const struct w64_wasi_threads_config *tcfg)
{
	struct w64_wasi_threads *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->memories = calloc(m->nmemories ? m->nmemories : 1, sizeof *p->memories);
	if (!p->memories) {
		free(p);
		return NULL;
	}
	p->w = w;
	p->main_store = s;
	p->m = m;
	if (cfg)
		p->cfg = *cfg;
	if (tcfg)
		p->tcfg = *tcfg;
	if (!p->tcfg.max_threads)
		p->tcfg.max_threads = W64_WASI_MAX_THREADS;
	p->spawn[0] = (struct spawn_binding){p, false};
	p->spawn[1] = (struct spawn_binding){p, true};
	p->next_tid = 1;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->ended_cond, NULL);
	return p;
}

int w64_wasi_threads_resolve(void *user, const struct w64_module *m, const struct w64_import *imp,
                             struct w64_extern *out, struct w64_trap *trap)
{
	struct w64_wasi_threads *p = user;
	struct linker l = {p, p->main_store, w64_wasi_resolve, p->w};
	return resolve(&l, m, imp, out, trap);
}

/* The first end decides the program's status; p->lock held. */
static void end_locked(struct w64_wasi_threads *p, enum w64_status st, const struct w64_trap *trap)
{
	if (p->ended)
		return;
	p->ended = true;
	p->end_status = st;
	if (trap)
		p->end_trap = *trap;
	pthread_cond_broadcast(&p->ended_cond);
}

static void free_thread(struct thread *t)
{
	w64_store_free(t->store);
	w64_wasi_link_free(t->link);
	free(t);
}

/* Joins the threads that have returned and frees them (but the store
 * of the one that ended the program); p->lock held.  Their handles are
 * joined as soon as someone looks, so a program that starts and ends
 * many threads holds no more host threads than it runs. */
static void reap_locked(struct w64_wasi_threads *p)
{
	struct thread **at = &p->threads;
	while (*at) {
		struct thread *t = *at;
		if (t->finished && !t->joined) {
			pthread_join(t->handle, NULL);
			t->joined = true;
		}
		if (!t->joined || t->keep) {
			at = &t->next;
			continue;
		}
		*at = t->next;
		free_thread(t);
	}
}

static void *thread_main(void *arg)
{
	struct thread *t = arg;
	struct w64_wasi_threads *p = t->p;
	struct w64_trap trap;
	enum w64_status st = w64_call(t->store, t->start, t->args, NULL, &trap);
	pthread_mutex_lock(&p->lock);
	/* A thread that returns ends itself alone; anything else ends the
	 * program, and its store stays: the trap's frames point into it. */
	if (st != W64_OK) {
		t->keep = !p->ended;
		end_locked(p, st, &trap);
	}
	t->finished = true;
	p->live--;
	pthread_cond_broadcast(&p->ended_cond);
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

/* Says once, on stderr, that a spawn was refused for the limit. */
static void report_limit_locked(struct w64_wasi_threads *p)
{
	if (p->warned || !p->tcfg.diag_name)
		return;
	p->warned = true;
	fprintf(stderr, "%s: thread-spawn refused: %u threads already run (the limit, "
	        "--max-threads); the program gets EAGAIN\n", p->tcfg.diag_name, p->tcfg.max_threads);
}

static int32_t wasi_thread_spawn(struct w64_wasi_threads *p, bool wide, const uint64_t *args)
{
	const int32_t again = -W64_WASI_ERRNO_AGAIN;
	pthread_mutex_lock(&p->lock);
	/* After the end, threads may have been let go (detached): no reaping. */
	if (!p->ended)
		reap_locked(p);
	if (p->ended || p->live >= p->tcfg.max_threads || p->next_tid > MAX_TID) {
		if (!p->ended && p->live >= p->tcfg.max_threads)
			report_limit_locked(p);
		pthread_mutex_unlock(&p->lock);
		return again;
	}
	int32_t tid = (int32_t)p->next_tid++;
	p->live++;  /* the place is taken while the instance is made */
	pthread_mutex_unlock(&p->lock);

	struct thread *t = calloc(1, sizeof *t);
	struct w64_instance *inst = NULL;
	struct w64_trap trap;
	struct w64_extern start;
	if (!t)
		goto fail;
	t->p = p;
	t->store = w64_store_new(&p->cfg);
	t->link = t->store ? w64_wasi_link_new(p->w, t->store) : NULL;
	if (!t->link)
		goto fail;
	struct linker l = {p, t->store, w64_wasi_link_resolve, t->link};
	if (w64_instantiate(t->store, p->m, resolve, &l, &inst, &trap) != W64_OK)
		goto fail;
	if (!w64_instance_export(inst, "wasi_thread_start", &start) || start.kind != W64_EXTERN_FUNC)
		goto fail;
	const struct w64_functype *ft = w64_func_type_of(start.u.func);
	/* (tid: i32, start_arg) with start_arg as wide as thread-spawn's. */
	if (ft->nparams != 2 || ft->nresults != 0 || ft->params[0] != W64_I32 ||
	    ft->params[1] != (wide ? W64_I64 : W64_I32))
		goto fail;
	t->start = start.u.func;
	t->args[0] = (uint32_t)tid;
	t->args[1] = args[0];
	pthread_mutex_lock(&p->lock);
	if (pthread_create(&t->handle, NULL, thread_main, t) != 0) {
		pthread_mutex_unlock(&p->lock);
		goto fail;
	}
	t->next = p->threads;
	p->threads = t;
	pthread_mutex_unlock(&p->lock);
	return tid;
fail:
	if (t) {
		w64_store_free(t->store);
		w64_wasi_link_free(t->link);
		free(t);
	}
	pthread_mutex_lock(&p->lock);
	p->live--;
	pthread_cond_broadcast(&p->ended_cond);
	pthread_mutex_unlock(&p->lock);
	return again;
}

/* The main thread's call (p->main_call), run on a host thread of its own
 * so that the caller's thread is free to see the program end.  Its
 * results reach the caller only when it ends the program itself: the
 * caller may be gone otherwise. */
static void *main_thread(void *arg)
{
	struct main_call *c = arg;
	struct w64_wasi_threads *p = c->p;
	struct w64_trap trap;
	uint32_t n = w64_func_type_of(c->f)->nresults;
	uint64_t *results = calloc(n ? n : 1, sizeof *results);
	enum w64_status st = results ? w64_call(c->s, c->f, c->args, results, &trap)
	                             : w64_trap_set(&trap, "out of memory");
	pthread_mutex_lock(&p->lock);
	if (!p->ended && st == W64_OK && n)
		memcpy(c->results, results, n * sizeof *results);
	end_locked(p, st, &trap);
	p->main_running = false;
	pthread_cond_broadcast(&p->ended_cond);
	pthread_mutex_unlock(&p->lock);
	free(results);
	return NULL;
}

enum w64_status w64_wasi_threads_call(struct w64_wasi_threads *p, struct w64_store *s,
                                      struct w64_func_inst *f, const uint64_t *args,
                                      uint64_t *results, struct w64_trap *trap)
{
	if (!p->spawn_imported)
		return w64_call(s, f, args, results, trap);
	pthread_mutex_lock(&p->lock);
	p->main_call = (struct main_call){p, s, f, args, results};
	p->main_running = true;
	if (pthread_create(&p->main_handle, NULL, main_thread, &p->main_call) != 0) {
		p->main_running = false;
		pthread_mutex_unlock(&p->lock);
		return w64_trap_set(trap, "cannot start the main thread");
	}
	while (!p->ended)
		pthread_cond_wait(&p->ended_cond, &p->lock);
	enum w64_status st = p->end_status;
	*trap = p->end_trap;
	/* The threads that are done are joined; the rest are let go, to end
	 * with the process (w64_wasi_threads_running stays true): a thread
	 * that returns after this is no thread left unjoined. */
	reap_locked(p);
	p->abandoned = p->live > 0 || p->main_running;
	for (struct thread *t = p->threads; p->abandoned && t; t = t->next)
		if (!t->joined)
			pthread_detach(t->handle);
	bool main_done = !p->main_running;
	pthread_mutex_unlock(&p->lock);
	if (main_done)
		pthread_join(p->main_handle, NULL);
	else
		pthread_detach(p->main_handle);
	return st;
}

bool w64_wasi_threads_running(struct w64_wasi_threads *p)
{
	if (!p)
		return false;
	pthread_mutex_lock(&p->lock);
	bool running = p->abandoned || p->live > 0 || p->main_running;
	pthread_mutex_unlock(&p->lock);
	return running;
}

void w64_wasi_threads_free(struct w64_wasi_threads *p)
{
	if (!p)
		return;
	/* Only once nothing runs (w64_wasi_threads_running is false): every
	 * thread has returned and is joined here. */
	while (p->threads) {
		struct thread *t = p->threads;
		p->threads = t->next;
		if (!t->joined)
			pthread_join(t->handle, NULL);
		free_thread(t);
	}
	pthread_cond_destroy(&p->ended_cond);
	pthread_mutex_destroy(&p->lock);
	free(p->memories);
	free(p);
}
