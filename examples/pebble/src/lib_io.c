/*
 * The file library: file objects over C streams (open, read, readline,
 * write, seek, tell, close), whole-file helpers, directories, and the
 * standard input.  Failures raise errors naming the path and the reason
 * (strerror), which a script can catch.
 */
#define _DEFAULT_SOURCE /* getline */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "builtins.h"
#include "interp.h"

static int io_error(Interp *I, const char *what, const Str *path)
{
	int e = errno;
	return builtin_error(I, "cannot %s '%s': %s", what, path->data, strerror(e));
}

static int arg_path(Interp *I, const Value *args, int i, Str **out)
{
	if (arg_str(I, args, i, out) < 0)
		return -1;
	if (strlen((*out)->data) != (*out)->len)
		return builtin_error(I, "a path cannot contain a NUL byte");
	return 0;
}

static int arg_file(Interp *I, const Value *args, int i, File **out)
{
	*out = NULL;
	if (!is_obj(args[i], O_FILE))
		return builtin_error(I, "argument %d must be a file, got %s", i + 1, type_name(args[i]));
	*out = (File *)args[i].as.o;
	if (!(*out)->fp)
		return builtin_error(I, "the file '%s' is closed", (*out)->name->data);
	return 0;
}

/* open(path[, mode]): mode as fopen's: r w a r+ w+ a+, with an optional b */
static int bi_open(Interp *I, Value *args, int nargs, Value *out)
{
	Str *path, *mode = NULL;
	if (arg_path(I, args, 0, &path) < 0 || (nargs > 1 && arg_str(I, args, 1, &mode) < 0))
		return -1;
	const char *m = mode ? mode->data : "r";
	static const char *const modes[] = {"r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab",
					    "r+b", "w+b", "a+b", "rb+", "wb+", "ab+"};
	bool ok = false;
	for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
		ok |= strcmp(modes[i], m) == 0;
	if (!ok)
		return builtin_error(I, "bad mode '%s'", m);
	FILE *fp = fopen(path->data, m);
	if (!fp)
		return io_error(I, "open", path);
	bool plus = strchr(m, '+') != NULL;
	*out = v_obj(file_new(&I->heap, fp, path, m[0] == 'r' || plus, m[0] != 'r' || plus));
	return 0;
}

static int bi_close(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	(void)out;
	File *f;
	if (arg_file(I, args, 0, &f) < 0)
		return -1;
	int rc = fclose(f->fp);
	f->fp = NULL;
	if (rc != 0)
		return io_error(I, "close", f->name);
	return 0;
}

/* read(f[, n]): up to n bytes (all that is left without n); "" at the end */
static int bi_read(Interp *I, Value *args, int nargs, Value *out)
{
	File *f;
	long long want = -1;
	if (arg_file(I, args, 0, &f) < 0 || (nargs > 1 && arg_int(I, args, 1, &want) < 0))
		return -1;
	if (!f->readable)
		return builtin_error(I, "'%s' is not open for reading", f->name->data);
	if (nargs > 1 && want < 0)
		return builtin_error(I, "negative count");
	Buf b = {0};
	buf_add(&b, "", 0);
	char chunk[4096];
	while (want != 0) {
		size_t ask = want < 0 || want > (long long)sizeof chunk ? sizeof chunk : (size_t)want;
		size_t got = fread(chunk, 1, ask, f->fp);
		buf_add(&b, chunk, got);
		if (want > 0)
			want -= (long long)got;
		if (got < ask)
			break;
	}
	int rc = 0;
	if (ferror(f->fp))
		rc = io_error(I, "read", f->name);
	else
		*out = v_obj(str_new(&I->heap, b.data, b.len));
	buf_free(&b);
	return rc;
}

/* A line without its newline, or nil at the end of the stream. */
static int read_line(Interp *I, FILE *fp, const Str *name, Value *out)
{
	char *line = NULL;
	size_t cap = 0;
	errno = 0;
	ssize_t n = getline(&line, &cap, fp);
	if (n < 0) {
		free(line);
		if (ferror(fp))
			return name ? io_error(I, "read", name) : builtin_error(I, "read error");
		*out = v_nil();
		return 0;
	}
	if (n > 0 && line[n - 1] == '\n')
		n--;
	*out = v_obj(str_new(&I->heap, line, (size_t)n));
	free(line);
	return 0;
}

static int bi_readline(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	File *f;
	if (arg_file(I, args, 0, &f) < 0)
		return -1;
	if (!f->readable)
		return builtin_error(I, "'%s' is not open for reading", f->name->data);
	return read_line(I, f->fp, f->name, out);
}

/* input(): a line from the standard input, or nil at its end */
static int bi_input(Interp *I, Value *args, int nargs, Value *out)
{
	(void)args;
	(void)nargs;
	fflush(stdout);
	return read_line(I, stdin, NULL, out);
}

/* write(f, values...): their texts, as print shows them, without spaces */
static int bi_write(Interp *I, Value *args, int nargs, Value *out)
{
	(void)out;
	File *f;
	if (arg_file(I, args, 0, &f) < 0)
		return -1;
	if (!f->writable)
		return builtin_error(I, "'%s' is not open for writing", f->name->data);
	Buf b = {0};
	buf_add(&b, "", 0);
	for (int i = 1; i < nargs; i++)
		value_print(&b, args[i], false);
	bool ok = fwrite(b.data, 1, b.len, f->fp) == b.len;
	buf_free(&b);
	if (!ok)
		return io_error(I, "write", f->name);
	return 0;
}

/* seek(f, offset[, whence]): whence "set" (default), "cur" or "end";
 * returns the new position */
static int bi_seek(Interp *I, Value *args, int nargs, Value *out)
{
	File *f;
	long long off;
	Str *whence = NULL;
	if (arg_file(I, args, 0, &f) < 0 || arg_int(I, args, 1, &off) < 0 ||
	    (nargs > 2 && arg_str(I, args, 2, &whence) < 0))
		return -1;
	int w = SEEK_SET;
	if (whence && strcmp(whence->data, "cur") == 0)
		w = SEEK_CUR;
	else if (whence && strcmp(whence->data, "end") == 0)
		w = SEEK_END;
	else if (whence && strcmp(whence->data, "set") != 0)
		return builtin_error(I, "whence must be \"set\", \"cur\" or \"end\"");
	if (fseeko(f->fp, (off_t)off, w) != 0)
		return io_error(I, "seek in", f->name);
	*out = v_num((double)ftello(f->fp));
	return 0;
}

static int bi_tell(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	File *f;
	if (arg_file(I, args, 0, &f) < 0)
		return -1;
	off_t pos = ftello(f->fp);
	if (pos < 0)
		return io_error(I, "tell in", f->name);
	*out = v_num((double)pos);
	return 0;
}

static int bi_eof(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	File *f;
	if (arg_file(I, args, 0, &f) < 0)
		return -1;
	*out = v_bool(feof(f->fp) != 0);
	return 0;
}

static int bi_flush(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	(void)out;
	File *f;
	if (arg_file(I, args, 0, &f) < 0)
		return -1;
	if (fflush(f->fp) != 0)
		return io_error(I, "flush", f->name);
	return 0;
}

/* --- whole files --------------------------------------------------------------- */

static int slurp(Interp *I, const Str *path, Buf *b)
{
	FILE *fp = fopen(path->data, "rb");
	if (!fp)
		return io_error(I, "open", path);
	char chunk[4096];
	size_t got;
	buf_add(b, "", 0);
	while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(b, chunk, got);
	int failed = ferror(fp);
	fclose(fp);
	if (failed)
		return io_error(I, "read", path);
	return 0;
}

static int bi_readfile(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Str *path;
	if (arg_path(I, args, 0, &path) < 0)
		return -1;
	Buf b = {0};
	int rc = slurp(I, path, &b);
	if (rc == 0)
		*out = v_obj(str_new(&I->heap, b.data, b.len));
	buf_free(&b);
	return rc;
}

/* lines(path): the file's lines, without their newlines */
static int bi_lines(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Str *path;
	if (arg_path(I, args, 0, &path) < 0)
		return -1;
	Buf b = {0};
	if (slurp(I, path, &b) < 0) {
		buf_free(&b);
		return -1;
	}
	Heap *h = &I->heap;
	List *l = list_new(h, 0);
	heap_push(h, v_obj(l));
	size_t i = 0;
	while (i < b.len) {
		const char *nl = memchr(b.data + i, '\n', b.len - i);
		size_t j = nl ? (size_t)(nl - b.data) : b.len;
		list_push(l, v_obj(str_new(h, b.data + i, j - i)));
		i = j + 1;
	}
	heap_pop(h, 1);
	buf_free(&b);
	*out = v_obj(l);
	return 0;
}

static int put_file(Interp *I, Value *args, int nargs, const char *mode)
{
	Str *path;
	if (arg_path(I, args, 0, &path) < 0)
		return -1;
	FILE *fp = fopen(path->data, mode);
	if (!fp)
		return io_error(I, "open", path);
	Buf b = {0};
	buf_add(&b, "", 0);
	for (int i = 1; i < nargs; i++)
		value_print(&b, args[i], false);
	bool ok = fwrite(b.data, 1, b.len, fp) == b.len;
	ok &= fclose(fp) == 0;
	buf_free(&b);
	if (!ok)
		return io_error(I, "write", path);
	return 0;
}

static int bi_writefile(Interp *I, Value *args, int nargs, Value *out)
{
	(void)out;
	return put_file(I, args, nargs, "wb");
}

static int bi_appendfile(Interp *I, Value *args, int nargs, Value *out)
{
	(void)out;
	return put_file(I, args, nargs, "ab");
}

/* --- the file system ------------------------------------------------------------ */

/* listdir(path): the names in a directory but . and .., in the order the
 * system gives them (sort them for a stable order) */
static int bi_listdir(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Str *path;
	if (arg_path(I, args, 0, &path) < 0)
		return -1;
	DIR *d = opendir(path->data);
	if (!d)
		return io_error(I, "list", path);
	Heap *h = &I->heap;
	List *l = list_new(h, 0);
	heap_push(h, v_obj(l));
	struct dirent *e;
	errno = 0;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		list_push(l, v_obj(str_cstr(h, e->d_name)));
	}
	int rc = errno ? io_error(I, "list", path) : 0;
	closedir(d);
	heap_pop(h, 1);
	if (rc == 0)
		*out = v_obj(l);
	return rc;
}

/* stat(path): nil when it does not exist, else a map with "size" and
 * "type" ("file", "dir" or "other"). */
static int bi_stat(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	Str *path;
	struct stat st;
	if (arg_path(I, args, 0, &path) < 0)
		return -1;
	if (stat(path->data, &st) != 0) {
		if (errno == ENOENT)
			return 0;
		return io_error(I, "stat", path);
	}
	Heap *h = &I->heap;
	Map *m = map_new(h);
	heap_push(h, v_obj(m));
	Value k = v_obj(str_cstr(h, "size"));
	map_set(m, k, v_num((double)st.st_size));
	k = v_obj(str_cstr(h, "type"));
	heap_push(h, k);
	const char *type = S_ISREG(st.st_mode) ? "file" : S_ISDIR(st.st_mode) ? "dir" : "other";
	map_set(m, k, v_obj(str_cstr(h, type)));
	heap_pop(h, 2);
	*out = v_obj(m);
	return 0;
}

static int make_dir(const char *path)
{
	return mkdir(path, 0777);
}

/* The one-path operations: each builtin's name selects its C function. */
static const struct {
	const char *name, *what;
	int (*op)(const char *);
} path_ops[] = {
	{"remove", "remove", remove},
	{"mkdir", "create directory", make_dir},
	{"rmdir", "remove directory", rmdir},
};

static int bi_path_op(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	(void)out;
	Str *path;
	if (arg_path(I, args, 0, &path) < 0)
		return -1;
	const char *name = I->frames[I->depth - 1].builtin;
	for (size_t i = 0; i < sizeof path_ops / sizeof path_ops[0]; i++)
		if (strcmp(path_ops[i].name, name) == 0 && path_ops[i].op(path->data) != 0)
			return io_error(I, path_ops[i].what, path);
	return 0;
}

static int bi_rename(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	(void)out;
	Str *from, *to;
	if (arg_path(I, args, 0, &from) < 0 || arg_path(I, args, 1, &to) < 0)
		return -1;
	if (rename(from->data, to->data) != 0)
		return io_error(I, "rename", from);
	return 0;
}

const Builtin io_builtins[] = {
	{"open", bi_open, 1, 2},
	{"close", bi_close, 1, 1},
	{"read", bi_read, 1, 2},
	{"readline", bi_readline, 1, 1},
	{"input", bi_input, 0, 0},
	{"write", bi_write, 1, -1},
	{"seek", bi_seek, 2, 3},
	{"tell", bi_tell, 1, 1},
	{"eof", bi_eof, 1, 1},
	{"flush", bi_flush, 1, 1},
	{"readfile", bi_readfile, 1, 1},
	{"lines", bi_lines, 1, 1},
	{"writefile", bi_writefile, 1, -1},
	{"appendfile", bi_appendfile, 1, -1},
	{"listdir", bi_listdir, 1, 1},
	{"stat", bi_stat, 1, 1},
	{"remove", bi_path_op, 1, 1},
	{"mkdir", bi_path_op, 1, 1},
	{"rmdir", bi_path_op, 1, 1},
	{"rename", bi_rename, 2, 2},
	{NULL, NULL, 0, 0},
};
