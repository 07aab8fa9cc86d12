/* What the WASI library's files share: host errors as WASI errnos, and the
 * sandbox (sandbox.c) that resolves guest paths beneath a directory. */
#ifndef W64_WASI_HOST_H
#define W64_WASI_HOST_H

#include <limits.h>
#include <stdbool.h>

/* The one place a host errno becomes a WASI one (errno.c). */
int w64_wasi_errno_from_host(int e);

/* Symbolic links followed while resolving one path (Linux's own limit). */
#define W64_MAX_SYMLINKS 40

/* How directories are opened beneath a base: the kernel's openat2
 * (RESOLVE_BENEATH), or our own walk where openat2 is missing or blocked. */
enum w64_resolver { W64_RESOLVE_UNKNOWN, W64_RESOLVE_OPENAT2, W64_RESOLVE_WALK };

/* Which resolver works beneath the directory `dir`. */
enum w64_resolver w64_sandbox_probe(int dir);

/* A resolved path: an open directory beneath the base, and the last
 * component to act on with one *at() call (no '/', never ".."). */
struct w64_resolved {
	int dir;                 /* owned; -1 when resolution failed */
	bool must_dir;           /* the path ended in '/' */
	char name[NAME_MAX + 1];
};

/* Resolves `path` beneath `base`, following symlinks in its directory part
 * and, when `follow`, in its last component too (a trailing '/' also
 * follows, as in POSIX).  Returns 0 or a WASI errno (ENOTCAPABLE for any
 * path that would leave `base`).  On success, release r. */
int w64_sandbox_resolve(enum w64_resolver how, int base, const char *path, bool follow,
                        struct w64_resolved *r);
void w64_sandbox_release(struct w64_resolved *r);

#endif
