/* Exceptions across the embedding API (tests/23-exceptions.bats): wasm
 * code that throws through a host function, a host function that throws,
 * and exceptions that escape to the host.  Reports failures by line and
 * ends with "N passed, N failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64/runtime.h"

static unsigned passed, failed;

#define CHECK(cond)                                                   \
	do {                                                              \
		if (cond) {                                                   \
			passed++;                                                 \
		} else {                                                      \
			failed++;                                                 \
			printf("line %d: failed: %s\n", __LINE__, #cond);         \
		}                                                             \
	} while (0)

struct host {
	struct w64_store *store;
	struct w64_func_inst *thrower;   /* the module's export "thrower" */
	struct w64_tag_inst *htag;       /* a tag the host owns */
};

/* env.call_back (param i32): calls the module's "thrower" with its
 * argument and hands back whatever it returns: an exception goes on. */
static enum w64_status call_back(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	struct host *h = call->user;
	uint64_t arg = cells[0];
	return w64_call(call->store, h->thrower, &arg, NULL, trap);
}

/* env.host_throw (param i32): throws the host's tag with arg + 1. */
static enum w64_status host_throw(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	struct host *h = call->user;
	uint64_t v = (uint32_t)cells[0] + 1;
	return w64_throw(trap, w64_exn_new(call->store, h->htag, &v));
}

static int resolve(void *user, const struct w64_module *m, const struct w64_import *imp,
                   struct w64_extern *out, struct w64_trap *trap)
{
	struct host *h = user;
	static const w64_valtype i32 = W64_I32;
	(void)m;
	if (imp->kind == W64_EXTERN_TAG && w64_name_eq(imp->field, "htag")) {
		out->kind = W64_EXTERN_TAG;
		out->u.tag = h->htag;
		return 0;
	}
	if (imp->kind != W64_EXTERN_FUNC) {
		w64_trap_set(trap, "unexpected import");
		return -1;
	}
	out->kind = W64_EXTERN_FUNC;
	out->u.func = w64_host_func_new(h->store, 1, &i32, 0, NULL,
	                                w64_name_eq(imp->field, "call_back") ? call_back : host_throw, h);
	return out->u.func ? 0 : -1;
}

static struct w64_func_inst *func(struct w64_instance *inst, const char *name)
{
	struct w64_extern x;
	if (!w64_instance_export(inst, name, &x) || x.kind != W64_EXTERN_FUNC) {
		printf("no export %s\n", name);
		exit(1);
	}
	return x.u.func;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: eh-embed MODULE.wasm\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	static uint8_t bytes[1 << 16];
	size_t len = f ? fread(bytes, 1, sizeof bytes, f) : 0;
	if (f)
		fclose(f);
	struct w64_error err;
	struct w64_module *m = w64_module_decode(bytes, len, &err);
	if (!m || w64_validate_runnable(m, &err) < 0) {
		printf("%s: offset %zu: %s\n", argv[1], err.offset, err.msg);
		return 1;
	}
	struct w64_store *s = w64_store_new(NULL);
	static const w64_valtype i32 = W64_I32;
	struct host h = {s, NULL, w64_tag_new(s, 1, &i32)};
	struct w64_instance *inst;
	struct w64_trap trap;
	if (!h.htag || w64_instantiate(s, m, resolve, &h, &inst, &trap) != W64_OK) {
		printf("instantiate: %s\n", trap.msg);
		return 1;
	}
	h.thrower = func(inst, "thrower");
	struct w64_extern etag;
	CHECK(w64_instance_export(inst, "e", &etag) && etag.kind == W64_EXTERN_TAG);

	/* wasm -> host -> wasm throw -> back through the host -> caught. */
	uint64_t arg = 7, res = 0;
	CHECK(w64_call(s, func(inst, "through_host"), &arg, &res, &trap) == W64_OK);
	CHECK(res == 7);

	/* The host's own exception, caught in wasm by the imported tag. */
	arg = 41;
	CHECK(w64_call(s, func(inst, "catch_host"), &arg, &res, &trap) == W64_OK);
	CHECK(res == 42);

	/* Uncaught, through the host: the host sees the exception, its tag
	 * and its values; the frames it left form the backtrace. */
	arg = 5;
	enum w64_status st = w64_call(s, func(inst, "uncaught_through_host"), &arg, &res, &trap);
	CHECK(st == W64_EXCEPTION);
	CHECK(trap.exn != 0);
	if (st == W64_EXCEPTION && trap.exn) {
		const uint64_t *vals;
		CHECK(w64_exn_tag(trap.exn) == etag.u.tag);
		CHECK(w64_exn_values(trap.exn, &vals) == 1 && vals[0] == 5);
		CHECK(strcmp(trap.msg, "uncaught exception (tag e)") == 0);
		CHECK(trap.nframes == 4); /* thrower, call_back (host), uncaught_through_host's callee, it */
		CHECK(trap.nframes >= 2 && trap.frames[1].inst == NULL);
	}

	/* The host's exception, uncaught. */
	arg = 1;
	st = w64_call(s, func(inst, "host_uncaught"), &arg, &res, &trap);
	CHECK(st == W64_EXCEPTION && trap.exn && w64_exn_tag(trap.exn) == h.htag);

	/* Many uncaught exceptions leave no frames behind: were one left per
	 * call, the call depth limit (100000) would trap. */
	unsigned ok = 0;
	for (unsigned i = 0; i < 150000; i++) {
		arg = i;
		if (w64_call(s, func(inst, "uncaught_through_host"), &arg, &res, &trap) == W64_EXCEPTION)
			ok++;
	}
	CHECK(ok == 150000);
	arg = 3;
	CHECK(w64_call(s, func(inst, "through_host"), &arg, &res, &trap) == W64_OK && res == 3);

	w64_store_free(s);
	w64_module_free(m);
	printf("%u passed, %u failed\n", passed, failed);
	return failed != 0;
}
