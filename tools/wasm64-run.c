/* wasm64-run: the command-line front end. */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "run_env.h"
#include "w64/runtime.h"
#include "w64/wasi.h"

#define EXIT_TRAP 134
#define EXIT_USAGE 2

static const char usage[] =
	"usage: wasm64-run [OPTIONS] MODULE.wasm [ARGS...]\n"
	"\n"
	"Runs a WebAssembly command module (wasm32 or wasm64) through WASI: its\n"
	"_start export is called with ARGS as argv[1..].  The exit status is the\n"
	"program's; a trap prints its reason and a backtrace and exits with 134;\n"
	"an unreadable, malformed or invalid module exits with 1.\n"
	"\n"
	"options:\n"
	"  --dir HOST[::GUEST]\n"
	"                     let the program use the host directory HOST under the\n"
	"                     name GUEST (default: HOST's own absolute path); no path\n"
	"                     can leave it (repeatable; preopened as fd 3, 4, ...).\n"
	"                     The program starts in the current directory when that\n"
	"                     lies inside a mapped directory (or above one mapped\n"
	"                     under its own path), else in /; it finds it in PWD\n"
	"  --env NAME=VALUE   set a variable in the program's environment (repeatable)\n"
	"  --env NAME         pass the host's value of NAME, if it has one\n"
	"  --inherit-env      pass the whole host environment (--env still sets or\n"
	"                     overrides; PWD is the program's own)\n"
	"  --max-memory SIZE  cap each linear memory at SIZE bytes (suffix K, M, G);\n"
	"                     memory.grow past it returns -1 (default: the host's RAM)\n"
	"  --fuel N           trap with \"fuel exhausted\" after about N function calls\n"
	"                     and loop iterations (for untrusted modules)\n"
	"  --timeout SECONDS  trap with \"timeout\" after SECONDS of wall-clock time\n"
	"  --max-threads N    let at most N threads (wasi-threads' thread-spawn) run\n"
	"                     beside the main one (default 1024); past it thread-spawn\n"
	"                     returns -EAGAIN to the program, and one line says so\n"
	"  --invoke NAME      call the export NAME instead of _start, with ARGS as its\n"
	"                     arguments (integers, or floats such as 1.5, -inf, nan);\n"
	"                     prints each result as TYPE:VALUE (floats also as bits,\n"
	"                     a v128 as v128:i32x4 and its four lanes)\n"
	"  --validate         decode and validate MODULE only\n"
	"  -h, --help         show this help\n"
	"  --version          show the version\n";

static int fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("wasm64-run: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	return 1;
}

/* --dir HOST[::GUEST]: the first "::" ends HOST; neither may be empty. */
static bool valid_dir_spec(const char *spec)
{
	const char *sep = strstr(spec, "::");
	return spec[0] != '\0' && sep != spec && (!sep || sep[2] != '\0');
}


struct options {
	struct w64_store_config cfg;
	uint32_t max_threads;
	bool validate_only, inherit_env;
	const char *invoke;
	char **env, **dirs;      /* one allocation: free(env) frees both */
	int envc, ndirs;
	int first_arg;           /* argv index of the module */
};

static bool parse_seconds(const char *s, uint64_t *ms)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || *end || !(v > 0) || v > 1e9)
		return false;
	*ms = (uint64_t)(v * 1000.0) ? (uint64_t)(v * 1000.0) : 1;
	return true;
}

/* Parses the options before the module; returns -1 to go on, or an exit
 * status. */
static int parse_options(int argc, char **argv, struct options *o)
{
	int i;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = NULL;
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			return 0;
		}
		if (!strcmp(a, "--version")) {
			puts("wasm64-run 0.1");
			return 0;
		}
		if (!strcmp(a, "--validate")) {
			o->validate_only = true;
			continue;
		}
		if (!strcmp(a, "--inherit-env")) {
			o->inherit_env = true;
			continue;
		}
		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (a[0] != '-' || a[1] == '\0')
			break;
		static const char *const with_value[] = {"--env", "--max-memory", "--dir", "--fuel",
		                                         "--timeout", "--invoke", "--max-threads"};
		bool known = false;
		for (size_t k = 0; k < sizeof with_value / sizeof *with_value; k++)
			known |= !strcmp(a, with_value[k]);
		if (!known) {
			fprintf(stderr, "wasm64-run: unknown option %s\n%s", a, usage);
			return EXIT_USAGE;
		}
		if (i + 1 == argc) {
			fprintf(stderr, "wasm64-run: %s needs a value\n%s", a, usage);
			return EXIT_USAGE;
		}
		v = argv[++i];
		const char *bad = NULL;
		if (!strcmp(a, "--invoke")) {
			o->invoke = v;
		} else if (!strcmp(a, "--dir")) {
			if (!valid_dir_spec(v))
				bad = "expected HOST[::GUEST]";
			else
				o->dirs[o->ndirs++] = (char *)v;
		} else if (!strcmp(a, "--env")) {
			if (v[0] == '=' || v[0] == '\0')
				bad = "expected NAME=VALUE or NAME";
			else
				o->env[o->envc++] = (char *)v;
		} else if (!strcmp(a, "--max-memory")) {
			if (!w64_cli_parse_size(v, &o->cfg.max_memory_bytes))
				bad = "expected a size such as 4G";
		} else if (!strcmp(a, "--max-threads")) {
			uint64_t n;
			if (!w64_cli_parse_size(v, &n) || !n || n > 0x1fffffff)
				bad = "expected a positive count of threads such as 16";
			else
				o->max_threads = (uint32_t)n;
		} else if (!strcmp(a, "--fuel")) {
			if (!w64_cli_parse_size(v, &o->cfg.fuel) || !o->cfg.fuel)
				bad = "expected a positive count such as 1000000 or 10M";
		} else if (!parse_seconds(v, &o->cfg.timeout_ms)) {
			bad = "expected a number of seconds such as 2.5";
		}
		if (bad) {
			fprintf(stderr, "wasm64-run: %s %s: %s\n", a, v, bad);
			return EXIT_USAGE;
		}
	}
	o->first_arg = i;
	return -1;
}

/* The C stack pointer, as wasm-ld lays out a C program: global 0, mutable,
 * of the memory's address type, the stack below the data, growing down
 * towards address 0.  NULL for a module that has no such global. */
static struct w64_global_inst *stack_pointer(const struct w64_module *m,
                                             const struct w64_instance *inst)
{
	if (m->nglobals == 0 || !m->globals[0].type.mut ||
	    (m->globals[0].type.type != W64_I64 && m->globals[0].type.type != W64_I32))
		return NULL;
	return w64_instance_global(inst, 0);
}

/* An out-of-bounds access with the stack pointer run (nearly) down to the
 * bottom of the stack, or past it, is a C stack overflow far more often
 * than anything else: say so, and how to grow the stack. */
static void explain_stack_overflow(const struct w64_trap *trap, const struct w64_module *m,
                                   const struct w64_instance *inst, uint64_t sp_start)
{
	struct w64_global_inst *sp = inst ? stack_pointer(m, inst) : NULL;
	if (!sp || strcmp(trap->msg, "out of bounds memory access") != 0 || sp_start == 0)
		return;
	uint64_t now = w64_global_get(sp);
	if (m->globals[0].type.type == W64_I32) {
		uint32_t low = (uint32_t)now;
		now = low > UINT32_MAX / 2 ? UINT64_MAX : low; /* wrapped below 0 */
	}
	/* Below 1/16 of the stack left (or wrapped below 0): frames smaller
	 * than that reach past the bottom before they store anything else. */
	if (now <= sp_start && now >= sp_start / 16)
		return;
	fprintf(stderr,
	        "wasm64-run: this was probably a C stack overflow: the stack pointer ran down to "
	        "the bottom of the program's %llu-byte stack.\n"
	        "wasm64-run: link with a bigger stack, e.g. -Wl,-z,stack-size=%llu\n",
	        (unsigned long long)sp_start, (unsigned long long)sp_start * 8);
}

/* An --invoke argument of type t. */
static bool parse_value(const char *s, w64_valtype t, uint64_t *out)
{
	char *end;
	errno = 0;
	if (t == W64_I32 || t == W64_I64) {
		long long sv = strtoll(s, &end, 0);
		if (errno == ERANGE || s[0] != '-') {
			errno = 0;
			unsigned long long uv = strtoull(s, &end, 0);
			*out = uv;
		} else {
			*out = (uint64_t)sv;
		}
		if (errno || end == s || *end)
			return false;
		if (t == W64_I32) {
			bool neg32 = (int64_t)*out < 0 && (int64_t)*out >= INT32_MIN;
			if (*out > UINT32_MAX && !neg32)
				return false;
			*out = (uint32_t)*out;
		}
		return true;
	}
	if (t == W64_F32 || t == W64_F64) {
		double d = strtod(s, &end);
		if (end == s || *end)
			return false;
		if (t == W64_F32) {
			float f = (float)d;
			uint32_t b;
			memcpy(&b, &f, 4);
			*out = b;
		} else {
			memcpy(out, &d, 8);
		}
		return true;
	}
	return false; /* references and vectors are not taken on the command line */
}

/* A result: v points at its cells (two for a v128). */
static void print_value(w64_valtype t, const uint64_t *cells)
{
	uint64_t v = cells[0];
	switch (t) {
	case W64_V128: /* as i32x4, lane 0 first (the text format's v128.const i32x4) */
		printf("v128:i32x4 %u %u %u %u\n", (uint32_t)cells[0], (uint32_t)(cells[0] >> 32),
		       (uint32_t)cells[1], (uint32_t)(cells[1] >> 32));
		break;
	case W64_I32:
		printf("i32:%u\n", (uint32_t)v);
		break;
	case W64_I64:
		printf("i64:%llu\n", (unsigned long long)v);
		break;
	case W64_F32: {
		uint32_t b = (uint32_t)v;
		float f;
		memcpy(&f, &b, 4);
		printf("f32:%.9g (0x%08x)\n", (double)f, b);
		break;
	}
	case W64_F64: {
		double d;
		memcpy(&d, &v, 8);
		printf("f64:%.17g (0x%016llx)\n", d, (unsigned long long)v);
		break;
	}
	default:
		printf("%s:%s\n", w64_valtype_name(t), v ? "non-null" : "null");
		break;
	}
}

/* --invoke: calls the export with the arguments given after the module. */
static enum w64_status invoke(struct w64_wasi_threads *threads, struct w64_store *s,
                              struct w64_instance *inst, const char *name, int argc, char **argv,
                              struct w64_trap *trap, int *usage_status)
{
	struct w64_extern x;
	*usage_status = 0;
	if (!w64_instance_export(inst, name, &x) || x.kind != W64_EXTERN_FUNC) {
		fail("--invoke %s: no function export of that name", name);
		*usage_status = 1;
		return W64_TRAPPED;
	}
	const struct w64_functype *t = w64_func_type_of(x.u.func);
	if ((uint32_t)argc != t->nparams) {
		fail("--invoke %s: takes %u arguments, %d given", name, t->nparams, argc);
		*usage_status = EXIT_USAGE;
		return W64_TRAPPED;
	}
	/* Vectors are not taken on the command line: every argument is one cell. */
	uint64_t *cells = calloc((size_t)t->nparams + w64_cells_of(t->nresults, t->results) + 1,
	                         sizeof *cells);
	if (!cells) {
		fail("out of memory");
		*usage_status = 1;
		return W64_TRAPPED;
	}
	for (int k = 0; k < argc; k++)
		if (!parse_value(argv[k], t->params[k], &cells[k])) {
			fail("--invoke %s: argument %d (%s): not a %s", name, k + 1, argv[k],
			     w64_valtype_name(t->params[k]));
			free(cells);
			*usage_status = EXIT_USAGE;
			return W64_TRAPPED;
		}
	uint64_t *results = cells + t->nparams;
	enum w64_status st = w64_wasi_threads_call(threads, s, x.u.func, cells, results, trap);
	if (st == W64_OK)
		for (uint32_t k = 0, at = 0; k < t->nresults; at += w64_cells(t->results[k]), k++)
			print_value(t->results[k], &results[at]);
	free(cells);
	return st;
}

int main(int argc, char **argv)
{
	struct options o = {0};
	int status = 1;
	struct w64_cli_file file = {0};
	struct w64_module *m = NULL;
	struct w64_store *s = NULL;
	struct w64_wasi *wasi = NULL;
	struct w64_wasi_threads *threads = NULL;
	struct run_dir *dirs = NULL;
	struct run_env env = {0};
	char *start_dir = NULL;

	o.env = calloc(2 * ((size_t)argc + 1), sizeof *o.env);
	if (!o.env)
		return fail("out of memory");
	o.dirs = o.env + argc + 1;
	/* A guest writing to a closed pipe gets EPIPE from fd_write, as a
	 * native program that ignores SIGPIPE would; it must not kill us. */
	signal(SIGPIPE, SIG_IGN);
	int rc = parse_options(argc, argv, &o);
	if (rc >= 0) {
		free(o.env);
		return rc;
	}
	if (o.first_arg == argc) {
		fprintf(stderr, "wasm64-run: no module given\n%s", usage);
		free(o.env);
		return EXIT_USAGE;
	}
	const char *path = argv[o.first_arg];

	if (w64_cli_load(path, &file) != 0) {
		fail("%s: %s", path, strerror(errno));
		goto out;
	}
	struct w64_error err;
	m = w64_module_decode(file.bytes, file.len, &err);
	if (!m || (o.validate_only ? w64_validate_module(m, &err) : w64_validate_runnable(m, &err)) < 0) {
		fail("%s: offset 0x%zx: %s", path, err.offset, err.msg);
		goto out;
	}
	if (o.validate_only) {
		status = 0;
		goto out;
	}
	dirs = calloc((size_t)o.ndirs + 1, sizeof *dirs);
	if (!dirs) {
		fail("out of memory");
		goto out;
	}
	char why[PATH_MAX + 128];
	for (int d = 0; d < o.ndirs; d++)
		if (run_dir_parse(o.dirs[d], &dirs[d], why, sizeof why) != 0) {
			fail("--dir %s", why);
			goto out;
		}
	start_dir = run_start_dir(dirs, o.ndirs);
	bool env_ok = start_dir && (!o.inherit_env || run_env_inherit(&env) == 0);
	for (int k = 0; env_ok && k < o.envc; k++)
		env_ok = run_env_option(&env, o.env[k]) == 0;
	if (!env_ok || run_env_set_pwd(&env, start_dir) != 0) {
		fail("out of memory");
		goto out;
	}
	s = w64_store_new(&o.cfg);
	wasi = s ? w64_wasi_new(s, argc - o.first_arg, argv + o.first_arg, env.count, env.vars) : NULL;
	struct w64_wasi_threads_config tcfg = {o.max_threads, "wasm64-run"};
	threads = wasi ? w64_wasi_threads_new(wasi, s, m, &o.cfg, &tcfg) : NULL;
	if (!threads) {
		fail("out of memory");
		goto out;
	}
	for (int d = 0; d < o.ndirs; d++)
		if (w64_wasi_preopen(wasi, dirs[d].host, dirs[d].guest, why, sizeof why) != 0) {
			fail("--dir %s", why);
			goto out;
		}

	struct w64_instance *inst;
	struct w64_trap trap;
	enum w64_status st = w64_instantiate(s, m, w64_wasi_threads_resolve, threads, &inst, &trap);
	struct w64_global_inst *sp = st == W64_OK ? stack_pointer(m, inst) : NULL;
	uint64_t sp_start = sp ? w64_global_get(sp) : 0;
	if (st == W64_OK && o.invoke) {
		int usage_status;
		st = invoke(threads, s, inst, o.invoke, argc - o.first_arg - 1, argv + o.first_arg + 1, &trap,
		            &usage_status);
		if (usage_status) {
			status = usage_status;
			goto out;
		}
	} else if (st == W64_OK) {
		struct w64_extern start;
		if (!w64_instance_export(inst, "_start", &start) || start.kind != W64_EXTERN_FUNC) {
			fail("%s: no _start function exported (not a command module)", path);
			goto out;
		}
		const struct w64_functype *t = w64_func_type_of(start.u.func);
		if (t->nparams || t->nresults) {
			fail("%s: _start must take and return nothing", path);
			goto out;
		}
		st = w64_wasi_threads_call(threads, s, start.u.func, NULL, NULL, &trap);
	} else if (!inst) {
		/* Linking failed: nothing ran. */
		fail("%s: %s", path, trap.msg);
		goto out;
	}
	switch (st) {
	case W64_OK:
		status = 0;
		break;
	case W64_EXITED:
		status = trap.exit_code & 0xff;
		break;
	case W64_TRAPPED:
	case W64_EXCEPTION: /* uncaught: a trap, the message naming the tag */
		fflush(stdout);
		fprintf(stderr, "wasm64-run: trap: %s\n", trap.msg);
		w64_trap_print_backtrace(&trap, stderr);
		/* The stack pointer read is the main thread's: a trap in another
		 * thread is not explained. */
		if (!trap.nframes || trap.frames[0].inst == inst)
			explain_stack_overflow(&trap, m, inst, sp_start);
		status = EXIT_TRAP;
		break;
	}
out:
	for (int d = 0; dirs && d < o.ndirs; d++)
		run_dir_free(&dirs[d]);
	free(dirs);
	free(start_dir);
	free(o.env);
	/* Threads that still run when the program ends (its main thread
	 * returned, or another thread called proc_exit or trapped) end with
	 * the process, as wasi-threads says: what they use stays (the module,
	 * the stores, the WASI context and the environment it points to).
	 * The process ends through _exit: exit()'s handlers (stdio's
	 * teardown, a leak checker's scan) must not run beside them, and
	 * once a detached thread has returned, nothing points to what it
	 * kept (a leak checker would call the end a leak). */
	if (w64_wasi_threads_running(threads)) {
		fflush(stdout);
		fflush(stderr);
		_exit(status);
	}
	w64_wasi_threads_free(threads);
	w64_wasi_free(wasi);
	w64_store_free(s);
	w64_module_free(m);
	w64_cli_unload(&file);
	run_env_free(&env);
	return status;
}
