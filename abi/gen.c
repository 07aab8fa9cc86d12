/*
 * w64-abigen: abi/wasi.def written out for what cannot include it.
 *
 *   w64-abigen js           the JS host's table (js/wasi-abi.mjs)
 *   w64-abigen signatures   each function's core wasm type in both widths,
 *                           one line each: "name<TAB>wasm32<TAB>wasm64"
 *
 * Both go to stdout; `make abi` rewrites js/wasi-abi.mjs, and
 * tests/15-abi.bats compares the file, docs/host-abi.md and the libc's
 * imports with what this prints.
 */
#include <stdio.h>
#include <string.h>

#include "wasi_abi.h"

static const char *repr_name(enum w64_wasi_repr r)
{
	return r == W64_WASI_I32 ? "i32" : r == W64_WASI_I64 ? "i64" : "word";
}

/* "(i32, i64) -> i32" for one width. */
static void put_type(const struct w64_wasi_fn_info *f, bool wide)
{
	putchar('(');
	for (unsigned i = 0; i < f->nparams; i++) {
		enum w64_wasi_repr r = w64_wasi_kind_repr(f->kinds[i]);
		bool i64 = r == W64_WASI_I64 || (r == W64_WASI_WORD && wide);
		printf("%s%s", i ? ", " : "", i64 ? "i64" : "i32");
	}
	printf(") -> %s", f->noreturn ? "()" : "i32");
}

static int signatures(void)
{
	for (unsigned i = 0; i < W64_WASI_NFUNCS; i++) {
		const struct w64_wasi_fn_info *f = &w64_wasi_fns[i];
		printf("%s\t", f->name);
		put_type(f, false);
		putchar('\t');
		put_type(f, true);
		putchar('\n');
	}
	return 0;
}

static int js(void)
{
	puts("// Generated from abi/wasi.def by abi/gen.c (`make abi`): do not edit.");
	puts("// The wasm64 host ABI as data for the JS host (docs/host-abi.md);");
	puts("// tests/15-abi.bats fails when this file is stale.");
	puts("");
	puts("/** How each parameter kind is passed: 'i32', 'i64', or 'word' (i32 in wasm32, i64 in wasm64). */");
	puts("export const KINDS = Object.freeze({");
	for (unsigned k = 0; k < W64_WASI_NKINDS; k++)
		printf("  %s: '%s',\n", w64_wasi_kind_name(k), repr_name(w64_wasi_kind_repr(k)));
	puts("});");
	puts("");
	puts("/** Every function of wasi_snapshot_preview1, in order: its parameters as [name, kind],");
	puts(" *  and whether it never returns (proc_exit); the others return an i32 errno. */");
	puts("export const FUNCTIONS = Object.freeze({");
	for (unsigned i = 0; i < W64_WASI_NFUNCS; i++) {
		const struct w64_wasi_fn_info *f = &w64_wasi_fns[i];
		printf("  %s: { noreturn: %s, params: [", f->name, f->noreturn ? "true" : "false");
		for (unsigned p = 0; p < f->nparams; p++)
			printf("%s['%s', '%s']", p ? ", " : "", f->param_names[p],
			       w64_wasi_kind_name(f->kinds[p]));
		puts("] },");
	}
	puts("});");
	puts("");
	puts("/** Struct layouts: size and alignment per width, each field as [type, offset32, offset64]. */");
	puts("export const STRUCTS = Object.freeze({");
	for (uint32_t i = 0; i < w64_wasi_nstructs; i++) {
		const struct w64_wasi_struct_info *s = &w64_wasi_structs[i];
		printf("  %s: { size32: %u, align32: %u, size64: %u, align64: %u, fields: {\n", s->name,
		       s->size32, s->align32, s->size64, s->align64);
		for (uint32_t j = 0; j < w64_wasi_nfields; j++) {
			const struct w64_wasi_field_info *f = &w64_wasi_fields[j];
			if (strcmp(f->strct, s->name) == 0)
				printf("    %s: ['%s', %u, %u],\n", f->name, f->type, f->off32, f->off64);
		}
		puts("  } },");
	}
	puts("});");
	puts("");
	puts("/** Enums and flags by group; RIGHT values are bit numbers. */");
	puts("export const CONSTS = Object.freeze({");
	const char *group = NULL;
	for (uint32_t i = 0; i < w64_wasi_nconsts; i++) {
		const struct w64_wasi_const_info *c = &w64_wasi_consts[i];
		if (!group || strcmp(group, c->group) != 0) {
			if (group)
				puts("  }),");
			group = c->group;
			printf("  %s: Object.freeze({\n", group);
		}
		/* Names that start with a digit (2BIG) are quoted. */
		bool quote = c->name[0] >= '0' && c->name[0] <= '9';
		printf("    %s%s%s: %llu,\n", quote ? "'" : "", c->name, quote ? "'" : "",
		       (unsigned long long)c->value);
	}
	if (group)
		puts("  }),");
	puts("});");
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "js") == 0)
		return js();
	if (argc == 2 && strcmp(argv[1], "signatures") == 0)
		return signatures();
	fprintf(stderr, "usage: w64-abigen js | signatures\n"
	                "  js          the JS host's table (js/wasi-abi.mjs), from abi/wasi.def\n"
	                "  signatures  each function's core wasm type, wasm32 then wasm64\n");
	return argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) ? 0 : 2;
}
