/* wasm64-run: the command-line front end. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spec.h"
#include "w64/runtime.h"
#include "wasi.h"

#define EXIT_TRAP 134
#define EXIT_USAGE 2

static const char usage[] =
	"usage: wasm64-run [OPTIONS] MODULE.wasm [ARGS...]\n"
	"       wasm64-run --spec [--verbose] [--skip-list LIST] FILE.json\n"
	"\n"
	"Runs a WebAssembly command module (wasm32 or wasm64) through WASI: its\n"
	"_start export is called with ARGS as argv[1..].  The exit status is the\n"
	"program's; a trap prints its reason and a backtrace and exits with 134;\n"
	"an unreadable, malformed or invalid module exits with 1.\n"
	"\n"
	"options:\n"
	"  --dir HOST[::GUEST]\n"
	"                     let the program use the host directory HOST under the\n"
	"                     name GUEST (default: HOST as given); no path can leave\n"
	"                     it (repeatable; preopened as fd 3, 4, ...)\n"
	"  --env NAME=VALUE   add a variable to the program's environment (repeatable)\n"
	"  --max-memory SIZE  cap each linear memory at SIZE bytes (suffix K, M, G);\n"
	"                     memory.grow past it returns -1 (default: the host's RAM)\n"
	"  --validate         decode and validate MODULE only\n"
	"  --spec FILE.json   run a spec test command file (wast2json format) with the\n"
	"                     spectest module; prints failures and \"N passed, N failed\"\n"
	"  --verbose          with --spec: also list skipped commands and why\n"
	"  --skip-list FILE   with --spec: skip the commands FILE lists, with its reasons\n"
	"                     (lines \"FILE.json LINE reason\" or \"FILE.json MOD.wasm reason\")\n"
	"  -h, --help         show this help\n"
	"  --version          show the version\n";

static int fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#include <stdarg.h>
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

/* Reads a whole file; NULL with errno set on failure. */
static uint8_t *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	uint8_t *buf = malloc(cap);
	while (buf) {
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (n < cap) {
			if (ferror(f)) {
				int e = errno;
				free(buf);
				buf = NULL;
				errno = e ? e : EIO;
			}
			break;
		}
		uint8_t *bigger = realloc(buf, cap * 2);
		if (!bigger) {
			free(buf);
			buf = NULL;
			errno = ENOMEM;
			break;
		}
		buf = bigger;
		cap *= 2;
	}
	fclose(f);
	*len = n;
	return buf;
}

/* --dir HOST[::GUEST]: the first "::" ends HOST; neither may be empty. */
static bool valid_dir_spec(const char *spec)
{
	const char *sep = strstr(spec, "::");
	return spec[0] != '\0' && sep != spec && (!sep || sep[2] != '\0');
}

static int preopen(struct w64_wasi *wasi, const char *spec)
{
	char err[512];
	const char *sep = strstr(spec, "::");
	char *host = sep ? strndup(spec, (size_t)(sep - spec)) : strdup(spec);
	if (!host)
		return fail("out of memory");
	int rc = w64_wasi_preopen(wasi, host, sep ? sep + 2 : spec, err, sizeof err);
	free(host);
	return rc ? fail("--dir %s", err) : 0;
}

static bool parse_size(const char *s, uint64_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || s[0] == '-')
		return false;
	unsigned shift = 0;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	case 't': case 'T': shift = 40; end++; break;
	}
	if (*end != '\0' || (shift && v > (UINT64_MAX >> shift)))
		return false;
	*out = (uint64_t)v << shift;
	return true;
}

int main(int argc, char **argv)
{
	struct w64_store_config cfg = {0};
	const char *path = NULL;
	bool validate_only = false;
	const char *spec = NULL, *skip_list = NULL;
	bool verbose = false;
	/* env and the --dir values share one allocation: free(env) frees both. */
	char **env = calloc(2 * ((size_t)argc + 1), sizeof *env);
	char **dirs = env ? env + argc + 1 : NULL;
	int envc = 0, ndirs = 0, i;
	int status = 1;

	if (!env)
		return fail("out of memory");
	/* A guest writing to a closed pipe gets EPIPE from fd_write, as a
	 * native program that ignores SIGPIPE would; it must not kill us. */
	signal(SIGPIPE, SIG_IGN);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(usage, stdout);
			free(env);
			return 0;
		} else if (strcmp(a, "--version") == 0) {
			puts("wasm64-run 0.1");
			free(env);
			return 0;
		} else if (strcmp(a, "--validate") == 0) {
			validate_only = true;
		} else if (strcmp(a, "--verbose") == 0) {
			verbose = true;
		} else if (strcmp(a, "--env") == 0 || strcmp(a, "--max-memory") == 0 ||
		           strcmp(a, "--dir") == 0 || strcmp(a, "--spec") == 0 ||
		           strcmp(a, "--skip-list") == 0) {
			if (i + 1 == argc) {
				fprintf(stderr, "wasm64-run: %s needs a value\n%s", a, usage);
				free(env);
				return EXIT_USAGE;
			}
			const char *v = argv[++i];
			if (strcmp(a, "--spec") == 0) {
				spec = v;
			} else if (strcmp(a, "--skip-list") == 0) {
				skip_list = v;
			} else if (a[2] == 'd') {
				if (!valid_dir_spec(v)) {
					fprintf(stderr, "wasm64-run: --dir %s: expected HOST[::GUEST]\n", v);
					free(env);
					return EXIT_USAGE;
				}
				dirs[ndirs++] = (char *)v;
			} else if (a[2] == 'e') {
				if (!strchr(v, '=')) {
					fprintf(stderr, "wasm64-run: --env %s: expected NAME=VALUE\n", v);
					free(env);
					return EXIT_USAGE;
				}
				env[envc++] = (char *)v;
			} else if (!parse_size(v, &cfg.max_memory_bytes)) {
				fprintf(stderr, "wasm64-run: --max-memory %s: expected a size such as 4G\n", v);
				free(env);
				return EXIT_USAGE;
			}
		} else if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else if (a[0] == '-' && a[1] != '\0') {
			fprintf(stderr, "wasm64-run: unknown option %s\n%s", a, usage);
			free(env);
			return EXIT_USAGE;
		} else {
			break;
		}
	}
	if (spec) {
		free(env);
		return w64_spec_run_file(spec, verbose, skip_list);
	}
	if (i == argc) {
		fprintf(stderr, "wasm64-run: no module given\n%s", usage);
		free(env);
		return EXIT_USAGE;
	}
	path = argv[i];

	size_t len;
	uint8_t *bytes = read_file(path, &len);
	if (!bytes) {
		fail("%s: %s", path, strerror(errno));
		free(env);
		return 1;
	}
	struct w64_error err;
	struct w64_module *m = w64_module_decode(bytes, len, &err);
	struct w64_store *s = NULL;
	struct w64_wasi *wasi = NULL;
	if (!m || w64_validate_module(m, &err) < 0) {
		fail("%s: offset 0x%zx: %s", path, err.offset, err.msg);
		goto out;
	}
	if (validate_only) {
		status = 0;
		goto out;
	}
	s = w64_store_new(&cfg);
	if (!s) {
		fail("out of memory");
		goto out;
	}
	wasi = w64_wasi_new(s, argc - i, argv + i, envc, env);
	if (!wasi) {
		fail("out of memory");
		goto out;
	}
	for (int d = 0; d < ndirs; d++)
		if (preopen(wasi, dirs[d]) != 0)
			goto out;

	struct w64_instance *inst;
	struct w64_trap trap;
	enum w64_status st = w64_instantiate(s, m, w64_wasi_resolve, wasi, &inst, &trap);
	if (st == W64_OK) {
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
		st = w64_call(s, start.u.func, NULL, NULL, &trap);
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
		fflush(stdout);
		fprintf(stderr, "wasm64-run: trap: %s\n", trap.msg);
		w64_trap_print_backtrace(&trap, stderr);
		status = EXIT_TRAP;
		break;
	}
out:
	w64_wasi_free(wasi);
	w64_store_free(s);
	w64_module_free(m);
	free(bytes);
	free(env);
	return status;
}
