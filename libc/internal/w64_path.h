/*
 * Paths through preopened directories (docs/libc.md, "Files and
 * preopens").
 *
 * A WASI program reaches files only through the directories the host
 * preopened for it (fd 3, 4, ...), each with a name (fd_prestat_dir_name).
 * The libc gives them one namespace: a preopen's name is a path from the
 * root ("/data", or "." and "/" for the root itself, "data" for /data),
 * and every path the program uses is made absolute against an emulated
 * current directory (initially "/"), normalised lexically (".", ".." and
 * repeated slashes), and handed to the preopen with the longest name that
 * is a prefix of it, as a path relative to that directory.  A path under
 * no preopen fails with ENOTCAPABLE, the error the host gives for a path
 * that would leave its directory.
 */
#ifndef W64_PATH_H
#define W64_PATH_H

#include <stddef.h>
#include <stdint.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* Where a path call goes: a directory fd and a path relative to it. */
struct __w64_at {
	int fd;
	const char *path;
	size_t len;
	char *owned; /* what __w64_path_done frees */
};

/*
 * Resolves (dirfd, path) as the *at() functions do: a relative path with
 * a real directory fd goes to that fd unchanged; an absolute path, or any
 * path with AT_FDCWD, goes through the preopens.  Returns 0 or an errno.
 */
W64_HIDDEN int __w64_path_at(int dirfd, const char *path, struct __w64_at *at);
W64_HIDDEN void __w64_path_done(struct __w64_at *at);

/*
 * The normalised absolute form of `path` ("/" + components, no ".", "..",
 * empty components or trailing slash), malloc'd; NULL with *err set.  A
 * relative path is taken from `base` (itself normalised and absolute).
 * ".." stops at the root.  *trailing_dir, when given, says whether the
 * path names a directory by its spelling (a trailing slash, or a last
 * component "." or "..").
 */
W64_HIDDEN char *__w64_path_normalize(const char *base, const char *path, int *trailing_dir,
				      int *err);

/* The emulated current directory, normalised; NULL means "/". */
W64_HIDDEN extern char *__w64_cwd;
#define W64_CWD() (__w64_cwd != NULL ? __w64_cwd : "/")

/* The preopens, found at startup (a constructor scans fd 3 on). */
struct __w64_preopen {
	int fd;
	char *name; /* normalised like a path: "/", "/data" */
	size_t len;
};

/* The preopen whose name is the longest prefix of the normalised `abs`,
 * or NULL. */
W64_HIDDEN const struct __w64_preopen *__w64_preopen_find(const char *abs);

/* Whether `abs` is a strict ancestor of some preopen ("/" when only
 * "/data" is preopened): a directory that exists only in the namespace. */
W64_HIDDEN int __w64_preopen_is_ancestor(const char *abs);

/* close() tells the table when a preopen's fd goes away. */
W64_HIDDEN void __w64_preopen_forget(int fd);

/* open()'s WASI arguments from its flags. */
W64_HIDDEN void __w64_open_args(int flags, unsigned *lookup, unsigned *oflags, unsigned *fdflags,
				uint64_t *rights);

#undef W64_HIDDEN

#endif
