/*
 * pebble: a small dynamically typed scripting language.
 *
 *     pebble [--gc-stress] SCRIPT [ARGS...]
 *     pebble [--gc-stress] -e CODE [ARGS...]
 *
 * Exit status: 0, the script's exit(n), 1 for an error in the script
 * (reported as "file:line:col: error: message"), 2 for bad usage.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "interp.h"
#include "parser.h"

#define PEBBLE_VERSION "1.0"

static void usage(FILE *fp)
{
	fputs("usage: pebble [OPTIONS] SCRIPT [ARGS...]\n"
	      "       pebble [OPTIONS] -e CODE [ARGS...]\n"
	      "\n"
	      "Runs a pebble script; ARGS are in the list ARGS.\n"
	      "\n"
	      "options:\n"
	      "  -e CODE       run CODE instead of a script file\n"
	      "  --gc-stress   collect garbage at every allocation (for testing)\n"
	      "  -h, --help    show this help\n"
	      "  --version     show the version\n",
	      fp);
}

/* Reads a whole file into a NUL-terminated buffer. */
static char *read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	size_t cap = 4096, n = 0;
	char *data = xmalloc(cap);
	for (;;) {
		if (cap - n < 2) {
			cap *= 2;
			data = xrealloc(data, cap);
		}
		size_t got = fread(data + n, 1, cap - n - 1, fp);
		n += got;
		if (got == 0)
			break;
	}
	int failed = ferror(fp);
	fclose(fp);
	if (failed) {
		free(data);
		errno = EIO;
		return NULL;
	}
	data[n] = '\0';
	*len = n;
	return data;
}

int main(int argc, char **argv)
{
	const char *code = NULL, *path = NULL;
	bool stress = false;
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			return 0;
		} else if (strcmp(a, "--version") == 0) {
			printf("pebble %s\n", PEBBLE_VERSION);
			return 0;
		} else if (strcmp(a, "--gc-stress") == 0) {
			stress = true;
		} else if (strcmp(a, "-e") == 0) {
			if (i + 1 >= argc) {
				fputs("pebble: -e needs an argument\n", stderr);
				return 2;
			}
			code = argv[++i];
			i++;
			break;
		} else if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "pebble: unknown option '%s'\n", a);
			usage(stderr);
			return 2;
		} else {
			break;
		}
	}
	if (!code) {
		if (i >= argc) {
			usage(stderr);
			return 2;
		}
		path = argv[i++];
	}

	size_t len = 0;
	char *src;
	if (code) {
		len = strlen(code);
		src = xstrndup(code, len);
	} else {
		src = read_file(path, &len);
		if (!src) {
			fprintf(stderr, "pebble: cannot read '%s': %s\n", path, strerror(errno));
			return 2;
		}
	}
	const char *name = code ? "<-e>" : path;

	Interp I;
	interp_init(&I, name);
	I.heap.stress = stress;
	builtins_set_args(&I, argv + i, argc - i);

	Program prog;
	char err[512];
	int status;
	if (!parse_program(&prog, &I.heap, src, len, err, sizeof err)) {
		fprintf(stderr, "%s:%s\n", name, err);
		status = 1;
	} else if (interp_run(&I, &prog) < 0) {
		status = interp_report(&I);
	} else {
		status = 0;
	}
	if (fflush(stdout) != 0 && status == 0) {
		fprintf(stderr, "pebble: error writing the output: %s\n", strerror(errno));
		status = 1;
	}
	program_free(&prog);
	interp_free(&I);
	free(src);
	return status;
}
