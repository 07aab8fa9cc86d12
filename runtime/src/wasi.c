/* WASI preview 1, in both widths.
 *
 * Every function is written once over a `struct wcall`, which knows the
 * width of the import it serves: pointer and size parameters arrive
 * zero-extended in their cells either way, and the few structures with
 * pointer or size fields (iovec, prestat, argv arrays) are read and written
 * through width-aware helpers.  Every guest range is checked against the
 * memory before use; a bad one is EFAULT for the program.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "wasi.h"

/* WASI errno values (docs/host-abi.md, "Error numbers"). */
enum {
	WASI_ESUCCESS = 0, WASI_EBADF = 8, WASI_EFAULT = 21, WASI_EINVAL = 28,
	WASI_EIO = 29, WASI_ENOSYS = 52, WASI_EOVERFLOW = 61,
};

struct w64_wasi {
	struct w64_store *store;
	int argc, envc;
	char *const *argv;
	char *const *env;
	/* One host function per (WASI function, width), made on first import. */
	struct w64_func_inst **funcs;
};

struct wcall {
	struct w64_memory_inst *mem;
	bool wide;               /* the wasm64 host ABI: 8-byte pointers and sizes */
	struct w64_wasi *w;
	struct w64_trap *trap;
};

/* --- guest memory ---------------------------------------------------------- */

static uint8_t *range(const struct wcall *c, uint64_t addr, uint64_t len)
{
	return c->mem ? w64_memory_range(c->mem, addr, len) : NULL;
}

static unsigned psize(const struct wcall *c)
{
	return c->wide ? 8 : 4;
}

static void put_le(uint8_t *p, uint64_t v, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static uint64_t get_le(const uint8_t *p, unsigned n)
{
	uint64_t v = 0;
	for (unsigned i = n; i-- > 0;)
		v = v << 8 | p[i];
	return v;
}

/* Stores an n-byte value at a guest address; false if out of bounds. */
static bool store(const struct wcall *c, uint64_t addr, uint64_t v, unsigned n)
{
	uint8_t *p = range(c, addr, n);
	if (!p)
		return false;
	put_le(p, v, n);
	return true;
}

/* A pointer- or size-sized value. */
static bool store_size(const struct wcall *c, uint64_t addr, uint64_t v)
{
	return store(c, addr, v, psize(c));
}

/* Guest iovecs turned into host ones, every buffer checked first. */
static int gather_iovecs(const struct wcall *c, uint64_t iovs, uint64_t n, struct iovec **out)
{
	unsigned entry = 2 * psize(c);
	if (n > SIZE_MAX / entry || n > 1u << 20)
		return WASI_EINVAL;
	const uint8_t *arr = range(c, iovs, n * entry);
	if (!arr)
		return WASI_EFAULT;
	struct iovec *v = calloc(n ? n : 1, sizeof *v);
	if (!v)
		return WASI_EIO;
	for (uint64_t i = 0; i < n; i++) {
		uint64_t buf = get_le(arr + i * entry, psize(c));
		uint64_t len = get_le(arr + i * entry + psize(c), psize(c));
		uint8_t *p = range(c, buf, len);
		if (!p) {
			free(v);
			return WASI_EFAULT;
		}
		v[i].iov_base = p;
		v[i].iov_len = len;
	}
	*out = v;
	return 0;
}

static int errno_from_host(int e)
{
	switch (e) {
	case EBADF: return WASI_EBADF;
	case EFAULT: return WASI_EFAULT;
	case EINVAL: return WASI_EINVAL;
	case EOVERFLOW: return WASI_EOVERFLOW;
	default: return WASI_EIO;
	}
}

/* --- the functions ------------------------------------------------------------ */

/* Writes a string vector (argv or environ): pointers into `buf`, then the
 * NUL-terminated strings. */
static int write_strings(const struct wcall *c, int n, char *const *strs, uint64_t ptrs,
                         uint64_t buf)
{
	uint64_t total = 0;
	for (int i = 0; i < n; i++)
		total += strlen(strs[i]) + 1;
	uint8_t *dst = range(c, buf, total);
	uint8_t *arr = range(c, ptrs, (uint64_t)n * psize(c));
	if (!dst || !arr)
		return WASI_EFAULT;
	uint64_t at = 0;
	for (int i = 0; i < n; i++) {
		size_t len = strlen(strs[i]) + 1;
		put_le(arr + (size_t)i * psize(c), buf + at, psize(c));
		memcpy(dst + at, strs[i], len);
		at += len;
	}
	return 0;
}

static int write_sizes(const struct wcall *c, int n, char *const *strs, uint64_t count_ptr,
                       uint64_t size_ptr)
{
	uint64_t total = 0;
	for (int i = 0; i < n; i++)
		total += strlen(strs[i]) + 1;
	if (!range(c, count_ptr, psize(c)) || !range(c, size_ptr, psize(c)))
		return WASI_EFAULT;
	if (!c->wide && total > UINT32_MAX)
		return WASI_EOVERFLOW;
	store_size(c, count_ptr, (uint64_t)n);
	store_size(c, size_ptr, total);
	return 0;
}

static int wasi_args_get(struct wcall *c, const uint64_t *a)
{
	return write_strings(c, c->w->argc, c->w->argv, a[0], a[1]);
}

static int wasi_args_sizes_get(struct wcall *c, const uint64_t *a)
{
	return write_sizes(c, c->w->argc, c->w->argv, a[0], a[1]);
}

static int wasi_environ_get(struct wcall *c, const uint64_t *a)
{
	return write_strings(c, c->w->envc, c->w->env, a[0], a[1]);
}

static int wasi_environ_sizes_get(struct wcall *c, const uint64_t *a)
{
	return write_sizes(c, c->w->envc, c->w->env, a[0], a[1]);
}

static bool host_clock(uint32_t id, clockid_t *out)
{
	static const clockid_t ids[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
	                                CLOCK_THREAD_CPUTIME_ID};
	if (id >= sizeof ids / sizeof ids[0])
		return false;
	*out = ids[id];
	return true;
}

static int wasi_clock_res_get(struct wcall *c, const uint64_t *a)
{
	clockid_t id;
	struct timespec ts;
	if (!host_clock((uint32_t)a[0], &id))
		return WASI_EINVAL;
	if (clock_getres(id, &ts) != 0)
		return errno_from_host(errno);
	uint64_t ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
	return store(c, a[1], ns, 8) ? 0 : WASI_EFAULT;
}

static int wasi_clock_time_get(struct wcall *c, const uint64_t *a)
{
	clockid_t id;
	struct timespec ts;
	if (!host_clock((uint32_t)a[0], &id))
		return WASI_EINVAL;
	if (clock_gettime(id, &ts) != 0)
		return errno_from_host(errno);
	uint64_t ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
	return store(c, a[2], ns, 8) ? 0 : WASI_EFAULT;
}

/* The standard streams are the only descriptors so far. */
static bool host_fd(uint32_t fd, int *out)
{
	if (fd > 2)
		return false;
	*out = (int)fd;
	return true;
}

static int wasi_fd_write(struct wcall *c, const uint64_t *a)
{
	int fd;
	struct iovec *v;
	if (!host_fd((uint32_t)a[0], &fd))
		return WASI_EBADF;
	if (!range(c, a[3], psize(c)))
		return WASI_EFAULT;
	int rc = gather_iovecs(c, a[1], a[2], &v);
	if (rc)
		return rc;
	uint64_t done = 0;
	for (uint64_t i = 0; i < a[2];) {
		int n = a[2] - i > 1024 ? 1024 : (int)(a[2] - i);
		ssize_t w = writev(fd, v + i, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			free(v);
			return errno_from_host(errno);
		}
		done += (uint64_t)w;
		/* A short write ends the call: report what was written. */
		uint64_t want = 0;
		for (int k = 0; k < n; k++)
			want += v[i + (uint64_t)k].iov_len;
		if ((uint64_t)w < want)
			break;
		i += (uint64_t)n;
	}
	free(v);
	store_size(c, a[3], done);
	return 0;
}

static int wasi_fd_fdstat_get(struct wcall *c, const uint64_t *a)
{
	int fd;
	struct stat st;
	if (!host_fd((uint32_t)a[0], &fd))
		return WASI_EBADF;
	uint8_t *p = range(c, a[1], 24);
	if (!p)
		return WASI_EFAULT;
	if (fstat(fd, &st) != 0)
		return errno_from_host(errno);
	uint8_t type = S_ISCHR(st.st_mode) ? 2 : S_ISREG(st.st_mode) ? 4 : S_ISDIR(st.st_mode) ? 3 : 0;
	memset(p, 0, 24);
	p[0] = type;
	/* fd_read | fd_write | fd_fdstat_set_flags | fd_filestat_get ... */
	put_le(p + 8, UINT64_C(0x1fffffff), 8);
	return 0;
}

static int wasi_random_get(struct wcall *c, const uint64_t *a)
{
	uint8_t *p = range(c, a[0], a[1]);
	if (!p)
		return WASI_EFAULT;
	for (uint64_t done = 0; done < a[1];) {
		ssize_t n = getrandom(p + done, a[1] - done, 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errno_from_host(errno);
		}
		done += (uint64_t)n;
	}
	return 0;
}

static int wasi_sched_yield(struct wcall *c, const uint64_t *a)
{
	(void)c;
	(void)a;
	return 0;
}

static int wasi_fd_prestat_get(struct wcall *c, const uint64_t *a)
{
	(void)c;
	(void)a;
	return WASI_EBADF; /* no preopened directories yet */
}

/* proc_exit is handled in call_wasi (it does not return). */

/* --- the table ------------------------------------------------------------- */

/* Parameters: 'i' i32, 'I' i64, 'p' a pointer or size (i32 or i64 by width). */
struct wasi_fn {
	const char *name;
	const char *params;
	int (*impl)(struct wcall *c, const uint64_t *args);
};

static const struct wasi_fn wasi_fns[] = {
	{"args_get", "pp", wasi_args_get},
	{"args_sizes_get", "pp", wasi_args_sizes_get},
	{"environ_get", "pp", wasi_environ_get},
	{"environ_sizes_get", "pp", wasi_environ_sizes_get},
	{"clock_res_get", "ip", wasi_clock_res_get},
	{"clock_time_get", "iIp", wasi_clock_time_get},
	{"fd_advise", "iIIi", NULL},
	{"fd_allocate", "iII", NULL},
	{"fd_close", "i", NULL},
	{"fd_datasync", "i", NULL},
	{"fd_fdstat_get", "ip", wasi_fd_fdstat_get},
	{"fd_fdstat_set_flags", "ii", NULL},
	{"fd_fdstat_set_rights", "iII", NULL},
	{"fd_filestat_get", "ip", NULL},
	{"fd_filestat_set_size", "iI", NULL},
	{"fd_filestat_set_times", "iIIi", NULL},
	{"fd_pread", "ippIp", NULL},
	{"fd_prestat_get", "ip", wasi_fd_prestat_get},
	{"fd_prestat_dir_name", "ipp", NULL},
	{"fd_pwrite", "ippIp", NULL},
	{"fd_read", "ippp", NULL},
	{"fd_readdir", "ippIp", NULL},
	{"fd_renumber", "ii", NULL},
	{"fd_seek", "iIip", NULL},
	{"fd_sync", "i", NULL},
	{"fd_tell", "ip", NULL},
	{"fd_write", "ippp", wasi_fd_write},
	{"path_create_directory", "ipp", NULL},
	{"path_filestat_get", "iippp", NULL},
	{"path_filestat_set_times", "iippIIi", NULL},
	{"path_link", "iippipp", NULL},
	{"path_open", "iippiIIip", NULL},
	{"path_readlink", "ippppp", NULL},
	{"path_remove_directory", "ipp", NULL},
	{"path_rename", "ippipp", NULL},
	{"path_symlink", "ppipp", NULL},
	{"path_unlink_file", "ipp", NULL},
	{"poll_oneoff", "pppp", NULL},
	{"proc_exit", "i", NULL},
	{"proc_raise", "i", NULL},
	{"sched_yield", "", wasi_sched_yield},
	{"random_get", "pp", wasi_random_get},
	{"sock_accept", "iip", NULL},
	{"sock_recv", "ippipp", NULL},
	{"sock_send", "ippip", NULL},
	{"sock_shutdown", "ii", NULL},
};
enum { NFNS = sizeof wasi_fns / sizeof wasi_fns[0] };

struct wasi_binding {
	struct w64_wasi *w;
	const struct wasi_fn *fn;
	bool wide;
};

static bool is_proc_exit(const struct wasi_fn *fn)
{
	return strcmp(fn->name, "proc_exit") == 0;
}

static enum w64_status call_wasi(struct w64_host_call *call, uint64_t *cells, struct w64_trap *trap)
{
	const struct wasi_binding *b = call->user;
	if (is_proc_exit(b->fn)) {
		w64_trap_set(trap, "exit(%u)", (uint32_t)cells[0]);
		trap->exit_code = (int)(uint32_t)cells[0];
		return W64_EXITED;
	}
	struct wcall c = {call->caller ? w64_instance_memory(call->caller) : NULL, b->wide, b->w, trap};
	uint64_t args[9];
	size_t n = strlen(b->fn->params);
	memcpy(args, cells, n * sizeof *args);
	int rc = b->fn->impl ? b->fn->impl(&c, args) : WASI_ENOSYS;
	cells[0] = (uint32_t)rc;
	return W64_OK;
}

struct w64_wasi *w64_wasi_new(struct w64_store *s, int argc, char *const *argv, int envc,
                              char *const *env)
{
	struct w64_wasi *w = calloc(1, sizeof *w);
	if (!w)
		return NULL;
	w->funcs = calloc(2 * NFNS, sizeof *w->funcs);
	if (!w->funcs) {
		free(w);
		return NULL;
	}
	w->store = s;
	w->argc = argc;
	w->argv = argv;
	w->envc = envc;
	w->env = env;
	return w;
}

void w64_wasi_free(struct w64_wasi *w)
{
	if (!w)
		return;
	for (size_t i = 0; i < 2 * NFNS; i++)
		if (w->funcs[i])
			free(w->funcs[i]->host_user);
	free(w->funcs);
	free(w);
}

static void signature(const struct wasi_fn *fn, bool wide, w64_valtype *params, uint32_t *np)
{
	*np = 0;
	for (const char *p = fn->params; *p; p++)
		params[(*np)++] = *p == 'i' ? W64_I32 : *p == 'I' ? W64_I64 : wide ? W64_I64 : W64_I32;
}

static int format_type(char *buf, size_t size, uint32_t np, const w64_valtype *p, uint32_t nr,
                       const w64_valtype *r)
{
	size_t at = 0;
	at += (size_t)snprintf(buf + at, size - at, "(");
	for (uint32_t i = 0; i < np && at < size; i++)
		at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? ", " : "", w64_valtype_name(p[i]));
	if (at < size)
		at += (size_t)snprintf(buf + at, size - at, ") -> ");
	if (at < size && nr == 0)
		at += (size_t)snprintf(buf + at, size - at, "()");
	for (uint32_t i = 0; i < nr && at < size; i++)
		at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? ", " : "", w64_valtype_name(r[i]));
	return 0;
}

int w64_wasi_resolve(void *user, const struct w64_module *m, const struct w64_import *imp,
                     struct w64_extern *out, struct w64_trap *trap)
{
	struct w64_wasi *w = user;
	if (!w64_name_eq(imp->module, "wasi_snapshot_preview1")) {
		w64_trap_set(trap, "unknown import %.*s.%.*s: only wasi_snapshot_preview1 is provided",
		             (int)imp->module.len, (const char *)imp->module.bytes, (int)imp->field.len,
		             (const char *)imp->field.bytes);
		return -1;
	}
	const struct wasi_fn *fn = NULL;
	for (size_t i = 0; i < NFNS; i++)
		if (w64_name_eq(imp->field, wasi_fns[i].name))
			fn = &wasi_fns[i];
	if (!fn || imp->kind != W64_EXTERN_FUNC) {
		w64_trap_set(trap, "unknown import wasi_snapshot_preview1.%.*s", (int)imp->field.len,
		             (const char *)imp->field.bytes);
		return -1;
	}
	const struct w64_functype *t = w64_func_type(m, imp->index);
	w64_valtype p32[9], p64[9], ri = W64_I32;
	uint32_t np32, np64, nr = is_proc_exit(fn) ? 0 : 1;
	signature(fn, false, p32, &np32);
	signature(fn, true, p64, &np64);
	bool results_ok = t->nresults == nr && (nr == 0 || t->results[0] == W64_I32);
	int width = -1;
	if (results_ok && t->nparams == np64 && memcmp(t->params, p64, np64 * sizeof *p64) == 0)
		width = 1;
	else if (results_ok && t->nparams == np32 && memcmp(t->params, p32, np32 * sizeof *p32) == 0)
		width = 0;
	if (width < 0) {
		char have[160], w32[160], w64[160];
		format_type(have, sizeof have, t->nparams, t->params, t->nresults, t->results);
		format_type(w32, sizeof w32, np32, p32, nr, &ri);
		format_type(w64, sizeof w64, np64, p64, nr, &ri);
		w64_trap_set(trap, "import wasi_snapshot_preview1.%s: type %s matches neither wasm32 %s "
		             "nor wasm64 %s", fn->name, have, w32, w64);
		return -1;
	}
	size_t slot = (size_t)(fn - wasi_fns) * 2 + (size_t)width;
	if (!w->funcs[slot]) {
		struct wasi_binding *b = malloc(sizeof *b);
		if (!b) {
			w64_trap_set(trap, "out of memory");
			return -1;
		}
		*b = (struct wasi_binding){w, fn, width == 1};
		w->funcs[slot] = w64_host_func_new(w->store, width ? np64 : np32, width ? p64 : p32, nr,
		                                   &ri, call_wasi, b);
		if (!w->funcs[slot]) {
			free(b);
			w64_trap_set(trap, "out of memory");
			return -1;
		}
	}
	out->kind = W64_EXTERN_FUNC;
	out->u.func = w->funcs[slot];
	return 0;
}
