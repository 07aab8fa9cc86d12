/* The sandbox: guest paths resolved beneath a directory the host opened.
 *
 * A guest path is resolved beneath a directory fd `base`; the result is an
 * open directory `dir` beneath `base` and a last component `name` (no '/',
 * never ".."), and each call then acts with one *at() call on (dir, name)
 * that never follows a symbolic link in `name`.  So the kernel only ever
 * looks up a single component, in a directory already known to be inside.
 *
 * Opening `dir` is where escapes must be stopped.  On Linux >= 5.6
 * openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS) does it in the kernel:
 * absolute paths, ".." above base and symlinks leading out (absolute or
 * relative, in any component) fail with EXDEV, race-free against
 * concurrent renames (it retries with EAGAIN).  Where openat2 is missing
 * or blocked (old kernels, seccomp filters that answer ENOSYS or EPERM) we
 * walk component by component instead: each directory is opened with
 * O_PATH | O_NOFOLLOW | O_DIRECTORY relative to the previous one, each
 * symlink is read with readlinkat and spliced into the rest of the path,
 * and ".." pops a stack of the fds we opened instead of asking the kernel,
 * so it can never climb above base.  Both reject the same paths: anything
 * that climbs above base, even if it would come back.
 *
 * A symlink as the last component is followed (when asked) the same way:
 * readlinkat, then the target is resolved again from base with the
 * directory part in front.
 */
#define _GNU_SOURCE /* O_PATH, syscall: Linux interfaces the sandbox needs */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifdef SYS_openat2
#include <linux/openat2.h>
#endif

#include "host.h"
#include "wasi_abi.h"

static int open_dir_openat2(int base, const char *path, int *out)
{
#ifdef SYS_openat2
	struct open_how how = {
		.flags = O_PATH | O_DIRECTORY | O_CLOEXEC,
		.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS,
	};
	for (int tries = 0;; tries++) {
		long fd = syscall(SYS_openat2, base, *path ? path : ".", &how, sizeof how);
		if (fd >= 0) {
			*out = (int)fd;
			return 0;
		}
		/* EXDEV is the kernel saying "that would leave base". */
		if (errno == EXDEV)
			return W64_WASI_ERRNO_NOTCAPABLE;
		if (errno == EINTR || (errno == EAGAIN && tries < 16))
			continue;
		return w64_wasi_errno_from_host(errno);
	}
#else
	(void)base;
	(void)path;
	(void)out;
	return W64_WASI_ERRNO_NOSYS;
#endif
}

/* Reads a symlink's target into buf (PATH_MAX bytes, NUL-terminated).
 * 0: it is one; 1: it is not (or does not exist); else a WASI errno. */
static int read_link(int dir, const char *name, char buf[PATH_MAX])
{
	ssize_t n = readlinkat(dir, name, buf, PATH_MAX);
	if (n < 0)
		return errno == EINVAL || errno == ENOENT ? 1 : w64_wasi_errno_from_host(errno);
	if (n == PATH_MAX)
		return W64_WASI_ERRNO_NAMETOOLONG;
	if (n == 0)
		return W64_WASI_ERRNO_NOENT; /* as Linux treats an empty link */
	buf[n] = '\0';
	return 0;
}

/* Replaces the first `skip` bytes of path (a PATH_MAX buffer) with `front`. */
static int prefix_path(char *path, size_t skip, const char *front)
{
	size_t nf = strlen(front), rest = strlen(path + skip);
	if (nf + rest >= PATH_MAX)
		return W64_WASI_ERRNO_NAMETOOLONG;
	memmove(path + nf, path + skip, rest + 1);
	memcpy(path, front, nf);
	return 0;
}

static int open_dir_walk(int base, const char *path, unsigned *links, int *out)
{
	char work[PATH_MAX], target[PATH_MAX], name[NAME_MAX + 1];
	int stack[PATH_MAX / 2]; /* the directories entered: "a/a/a/..." fills it */
	size_t depth = 0, at = 0;
	int rc = 0;
	snprintf(work, sizeof work, "%s", path);
	for (;;) {
		while (work[at] == '/')
			at++;
		if (!work[at])
			break;
		size_t len = strcspn(work + at, "/");
		if (len > NAME_MAX) {
			rc = W64_WASI_ERRNO_NAMETOOLONG;
			break;
		}
		memcpy(name, work + at, len);
		name[len] = '\0';
		at += len;
		if (strcmp(name, ".") == 0)
			continue;
		int cur = depth ? stack[depth - 1] : base;
		if (strcmp(name, "..") == 0) {
			if (depth == 0) {
				rc = W64_WASI_ERRNO_NOTCAPABLE;
				break;
			}
			close(stack[--depth]);
			continue;
		}
		rc = read_link(cur, name, target);
		if (rc == 0) {
			/* Continue with the target in place of the link, from the
			 * same directory. */
			if (++*links > W64_MAX_SYMLINKS)
				rc = W64_WASI_ERRNO_LOOP;
			else if (target[0] == '/')
				rc = W64_WASI_ERRNO_NOTCAPABLE;
			else
				rc = prefix_path(work, at, target);
			if (rc)
				break;
			at = 0;
			continue;
		}
		if (rc != 1)
			break;
		rc = 0;
		if (depth == sizeof stack / sizeof stack[0]) {
			rc = W64_WASI_ERRNO_NAMETOOLONG;
			break;
		}
		/* Not a link when read_link looked: O_NOFOLLOW makes a symlink
		 * swapped in since then fail here rather than be followed. */
		int fd = openat(cur, name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0) {
			rc = w64_wasi_errno_from_host(errno);
			break;
		}
		stack[depth++] = fd;
	}
	if (rc == 0 && depth == 0) {
		*out = openat(base, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
		if (*out < 0)
			rc = w64_wasi_errno_from_host(errno);
	} else if (rc == 0) {
		*out = stack[--depth];
	}
	while (depth)
		close(stack[--depth]);
	return rc;
}

static int open_dir_beneath(enum w64_resolver how, int base, const char *path,
                            unsigned *links, int *out)
{
	if (how == W64_RESOLVE_OPENAT2)
		return open_dir_openat2(base, path, out);
	return open_dir_walk(base, path, links, out);
}

int w64_sandbox_resolve(enum w64_resolver how, int base, const char *path, bool follow,
                        struct w64_resolved *r)
{
	char work[PATH_MAX], target[PATH_MAX];
	unsigned links = 0;
	r->dir = -1;
	r->must_dir = false;
	snprintf(work, sizeof work, "%s", path);
	for (;;) {
		if (work[0] == '/')
			return W64_WASI_ERRNO_NOTCAPABLE;
		if (work[0] == '\0')
			return W64_WASI_ERRNO_NOENT;
		size_t len = strlen(work);
		if (work[len - 1] == '/') {
			r->must_dir = true;
			follow = true;
			while (work[len - 1] == '/')
				work[--len] = '\0';
		}
		char *slash = strrchr(work, '/');
		const char *last = slash ? slash + 1 : work;
		if (strlen(last) > NAME_MAX)
			return W64_WASI_ERRNO_NAMETOOLONG;
		/* "x/." and "x/.." name a directory: open it whole, act on ".". */
		bool dot = strcmp(last, ".") == 0 || strcmp(last, "..") == 0;
		snprintf(r->name, sizeof r->name, "%s", dot ? "." : last);
		if (!dot && slash)
			*slash = '\0';
		int rc = open_dir_beneath(how, base, dot ? work : slash ? work : ".", &links, &r->dir);
		if (rc)
			return rc;
		if (!follow || dot)
			break;
		rc = read_link(r->dir, r->name, target);
		if (rc == 1)
			break;
		close(r->dir);
		r->dir = -1;
		if (rc)
			return rc;
		if (++links > W64_MAX_SYMLINKS)
			return W64_WASI_ERRNO_LOOP;
		if (target[0] == '/')
			return W64_WASI_ERRNO_NOTCAPABLE;
		/* The target, relative to the link's directory. */
		if (slash) {
			*slash = '/';
			slash[1] = '\0';
			rc = prefix_path(target, 0, work);
			if (rc)
				return rc;
		}
		if (r->must_dir && strlen(target) + 1 < PATH_MAX)
			strcat(target, "/");
		memcpy(work, target, sizeof work);
	}
	if (r->must_dir && strcmp(r->name, ".") != 0) {
		struct stat st;
		if (fstatat(r->dir, r->name, &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISDIR(st.st_mode)) {
			close(r->dir);
			r->dir = -1;
			return W64_WASI_ERRNO_NOTDIR;
		}
	}
	return 0;
}

void w64_sandbox_release(struct w64_resolved *r)
{
	if (r->dir >= 0)
		close(r->dir);
	r->dir = -1;
}

enum w64_resolver w64_sandbox_probe(int dir)
{
	int fd;
	/* Missing (ENOSYS), filtered (EPERM) or anything else: walk. */
	if (open_dir_openat2(dir, ".", &fd) != 0)
		return W64_RESOLVE_WALK;
	close(fd);
	return W64_RESOLVE_OPENAT2;
}
