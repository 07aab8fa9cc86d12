/* wasm64-rewrite: the command-line front end. */
#include <errno.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "w64/rewrite.h"

static const char usage[] =
	"usage: wasm64-rewrite (--to64 | --to32) [OPTIONS] IN.wasm -o OUT.wasm\n"
	"\n"
	"  --to64        make every 32-bit memory 64-bit: memory types, segment offsets,\n"
	"                and the addresses of every memory instruction\n"
	"  --to32        make every 64-bit memory and table 32-bit (lowering, for engines\n"
	"                without memory64); offsets must fit in 32 bits\n"
	"  --table64     with --to64: tables too (call_indirect, table.*, element offsets)\n"
	"  --tables-only with --to32: lower the tables only; memories stay 64-bit (engines\n"
	"                with memory64 but without 64-bit tables, such as Node 20)\n"
	"  --saturate    with --to32: addresses and lengths at or above 4 GiB saturate to\n"
	"                0xffffffff instead of wrapping, so they stay out of bounds and\n"
	"                trap as in the original (a compare and a select per access)\n"
	"  --base N      with --to64: place the memories at byte offset N of the 64-bit\n"
	"                memory (addresses become zext(addr) + N; see docs/rewriter.md)\n"
	"  --wasi64      with --to64: rewrite the WASI preview 1 imports to the wasm64 host\n"
	"                ABI (i64 pointers and sizes) behind wrappers; implies --base 65536\n"
	"                (the page below the base is the wrappers' scratch area)\n"
	"  --check       validate the output before writing it\n"
	"  --threads N   rewrite function bodies on N threads (default: the CPUs online)\n"
	"  -o FILE       the output (written to a temporary file, then renamed)\n"
	"  -h, --help    this help\n"
	"\n"
	"The input is never modified; on any error nothing is written and the\n"
	"exit status is 1 (2 for a usage error).\n";

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("wasm64-rewrite: ", stderr);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n%s", usage);
	va_end(ap);
	return 2;
}

static void warn(void *user, size_t offset, const char *msg)
{
	fprintf(stderr, "wasm64-rewrite: %s: warning: offset 0x%zx: %s\n", (const char *)user, offset,
	        msg);
}

/* The output goes to OUT.tmp.<pid> beside OUT, renamed over it once the
 * rewrite has succeeded, and removed otherwise. */
struct output {
	char *tmp;
	FILE *f;
	int err; /* errno of the first failed write */
};

static int output_open(struct output *o, const char *path)
{
	size_t n = strlen(path) + 32;
	o->err = 0;
	o->f = NULL;
	o->tmp = malloc(n);
	if (!o->tmp)
		return -1;
	snprintf(o->tmp, n, "%s.tmp.%ld", path, (long)getpid());
	o->f = fopen(o->tmp, "wb");
	if (!o->f) {
		int e = errno;
		free(o->tmp);
		errno = e;
		return -1;
	}
	return 0;
}

static int output_write(void *user, const uint8_t *data, size_t len)
{
	struct output *o = user;
	if (len && !o->err && fwrite(data, 1, len, o->f) != len)
		o->err = errno ? errno : EIO;
	return o->err ? -1 : 0;
}

static int output_patch(void *user, uint64_t at, const uint8_t *data, size_t len)
{
	struct output *o = user;
	if (!o->err && (fflush(o->f) != 0 || at > (uint64_t)INT64_MAX ||
	                pwrite(fileno(o->f), data, len, (off_t)at) != (ssize_t)len))
		o->err = errno ? errno : EIO;
	return o->err ? -1 : 0;
}

/* Closes the temporary file and renames it to `path` (commit) or removes
 * it.  On a failed commit, errno says why and the file is removed. */
static int output_close(struct output *o, const char *path, bool commit)
{
	if (fclose(o->f) != 0 && !o->err)
		o->err = errno;
	int rc = 0;
	if (commit && !o->err && rename(o->tmp, path) != 0)
		o->err = errno;
	if (!commit || o->err) {
		unlink(o->tmp);
		rc = commit ? -1 : 0;
	}
	free(o->tmp);
	errno = o->err;
	return rc;
}

int main(int argc, char **argv)
{
	struct w64_rewrite_opts o = {0};
	bool base_given = false;
	const char *in = NULL, *out = NULL;
	int direction = -1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage, stdout);
			return 0;
		} else if (!strcmp(a, "--to64") || !strcmp(a, "--to32")) {
			int d = a[4] == '6' ? W64_TO64 : W64_TO32;
			if (direction >= 0 && direction != d)
				return usage_error("--to64 and --to32 exclude each other");
			direction = d;
		} else if (!strcmp(a, "--table64")) {
			o.tables = true;
		} else if (!strcmp(a, "--wasi64")) {
			o.wasi64 = true;
		} else if (!strcmp(a, "--tables-only")) {
			o.tables_only = true;
		} else if (!strcmp(a, "--saturate")) {
			o.saturate = true;
		} else if (!strcmp(a, "--check")) {
			o.validate_output = true;
		} else if (!strcmp(a, "--threads")) {
			if (i + 1 == argc)
				return usage_error("--threads needs a value");
			char *end;
			long t = strtol(argv[++i], &end, 10);
			if (*end || t < 1 || t > 64)
				return usage_error("--threads %s: expected 1 to 64", argv[i]);
			o.threads = (unsigned)t;
		} else if (!strcmp(a, "--base") || !strcmp(a, "-o")) {
			if (i + 1 == argc)
				return usage_error("%s needs a value", a);
			const char *v = argv[++i];
			if (a[1] == 'o') {
				out = v;
			} else {
				char *end;
				errno = 0;
				o.base = strtoull(v, &end, 0);
				base_given = true;
				if (errno || *end || v[0] == '-' || !*v)
					return usage_error("--base %s: expected a byte offset such as 0x100000000", v);
			}
		} else if (a[0] == '-' && a[1]) {
			return usage_error("unknown option %s", a);
		} else if (!in) {
			in = a;
		} else {
			return usage_error("more than one input (%s, %s)", in, a);
		}
	}
	if (direction < 0)
		return usage_error("say --to64 or --to32");
	if (!o.threads) {
		long cpus = sysconf(_SC_NPROCESSORS_ONLN);
		o.threads = cpus > 0 ? (unsigned)cpus : 1;
	}
	if (!in || !out)
		return usage_error(!in ? "no input module" : "no output: give -o OUT.wasm");
	o.direction = direction;
	if (direction == W64_TO32 && (o.base || o.tables || o.wasi64))
		return usage_error("--base, --table64 and --wasi64 go with --to64");
	if (direction == W64_TO64 && (o.tables_only || o.saturate))
		return usage_error("--tables-only and --saturate go with --to32");
	if (o.wasi64 && !base_given)
		o.base = 65536;
	if (o.wasi64 && o.base < 65536)
		return usage_error("--wasi64 needs --base 65536 or more: the 64 KiB page below the "
		                   "base is the wrappers' scratch area");

	struct stat si, so;
	if (stat(in, &si) == 0 && stat(out, &so) == 0 && si.st_dev == so.st_dev && si.st_ino == so.st_ino) {
		fprintf(stderr, "wasm64-rewrite: %s: the output would overwrite the input\n", out);
		return 1;
	}
	struct w64_cli_file file;
	if (w64_cli_load(in, &file) != 0) {
		fprintf(stderr, "wasm64-rewrite: %s: %s\n", in, strerror(errno));
		return 1;
	}
	o.warn = warn;
	o.warn_user = (void *)in;
	struct output output;
	if (output_open(&output, out) < 0) {
		fprintf(stderr, "wasm64-rewrite: %s: %s\n", out, strerror(errno));
		w64_cli_unload(&file);
		return 1;
	}
	/* Streamed: the rewriter hands the output over piece by piece. */
	o.sink = output_write;
	o.sink_patch = output_patch;
	o.sink_user = &output;
	struct w64_buf result = {0};
	struct w64_error err;
	int status = 0;
	if (w64_rewrite(file.bytes, file.len, &o, &result, &err) < 0) {
		if (output.err)
			fprintf(stderr, "wasm64-rewrite: %s: %s\n", out, strerror(output.err));
		else
			fprintf(stderr, "wasm64-rewrite: %s: offset 0x%zx: %s\n", in, err.offset, err.msg);
		output_close(&output, out, false);
		status = 1;
	} else {
		/* What was not streamed (all of it with --check). */
		output_write(&output, result.data, result.len);
		if (output_close(&output, out, true) < 0) {
			fprintf(stderr, "wasm64-rewrite: %s: %s\n", out, strerror(errno));
			status = 1;
		}
	}
	w64_buf_free(&result);
	w64_cli_unload(&file);
	return status;
}
