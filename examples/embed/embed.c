/* Embedding the runtime: load a module, give it a host function, call an
 * export.  Build (after `make`):
 *
 *   cc -std=c11 -Iengine/include -Icore/include examples/embed/embed.c \
 *      build/native/libw64run.a -lm -o embed
 *   ./embed examples/embed/sum.wasm 10
 *
 * sum.wasm (examples/embed/sum.wat) exports "sum(n)", which adds 1..n and
 * reports each partial sum through the imported host function env.report.
 */
#include <stdio.h>
#include <stdlib.h>

#include "w64/runtime.h"

static enum w64_status report(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	(void)call;
	(void)trap;
	printf("partial sum: %llu\n", (unsigned long long)cells[0]);
	return W64_OK;
}

/* Imports come one by one; this module only asks for env.report. */
static int resolve(void *user, const struct w64_module *m, const struct w64_import *imp,
                   struct w64_extern *out, struct w64_trap *trap)
{
	(void)m;
	if (imp->kind == W64_EXTERN_FUNC && w64_name_eq(imp->module, "env") &&
	    w64_name_eq(imp->field, "report")) {
		out->kind = W64_EXTERN_FUNC;
		out->u.func = user;
		return 0;
	}
	w64_trap_set(trap, "unknown import %.*s.%.*s", (int)imp->module.len,
	             (const char *)imp->module.bytes, (int)imp->field.len,
	             (const char *)imp->field.bytes);
	return -1;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s MODULE.wasm N\n", argv[0]);
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	static uint8_t bytes[1 << 20];
	size_t len = fread(bytes, 1, sizeof bytes, f);
	fclose(f);

	struct w64_error err;
	struct w64_module *m = w64_module_decode(bytes, len, &err);
	if (!m || w64_validate_runnable(m, &err) < 0) {
		fprintf(stderr, "%s: offset 0x%zx: %s\n", argv[1], err.offset, err.msg);
		w64_module_free(m);
		return 1;
	}
	struct w64_store *s = w64_store_new(NULL);
	const w64_valtype i64 = W64_I64;
	struct w64_func_inst *host = w64_host_func_new(s, 1, &i64, 0, NULL, report, NULL);
	struct w64_instance *inst;
	struct w64_trap trap;
	struct w64_extern sum;
	int status = 1;
	if (w64_instantiate(s, m, resolve, host, &inst, &trap) != W64_OK) {
		fprintf(stderr, "instantiate: %s\n", trap.msg);
	} else if (!w64_instance_export(inst, "sum", &sum) || sum.kind != W64_EXTERN_FUNC) {
		fprintf(stderr, "no function export \"sum\"\n");
	} else {
		uint64_t args[1] = {strtoull(argv[2], NULL, 10)}, result[1];
		if (w64_call(s, sum.u.func, args, result, &trap) == W64_OK) {
			printf("sum = %llu\n", (unsigned long long)result[0]);
			status = 0;
		} else {
			fprintf(stderr, "trap: %s\n", trap.msg);
			w64_trap_print_backtrace(&trap, stderr);
		}
	}
	w64_store_free(s);
	w64_module_free(m);
	return status;
}
