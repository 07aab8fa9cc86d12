#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_path.h"

/*
 * The path walked a component at a time from the root, as the kernel
 * would: each symbolic link is read (path_readlink) and its target walked
 * in its place, and ".." goes up from where the walk really is, after the
 * links before it.  Every component must exist.  Directories above the
 * preopens exist only in the namespace and are taken as they are.
 */
char *realpath(const char *restrict path, char *restrict resolved)
{
	/* A relative path is walked from the root too: the current
	 * directory is kept as the path chdir was given, links and all. */
	const char *cwd = path != NULL && path[0] != '/' ? W64_CWD() : "";
	size_t clen = strlen(cwd), plen = path == NULL ? 0 : strlen(path);
	int err = path == NULL ? EINVAL : plen == 0 ? ENOENT : clen + 1 + plen >= PATH_MAX ? ENAMETOOLONG : 0;
	if (err != 0) {
		__w64_set_errno(err);
		return NULL;
	}

	/* out: what is resolved so far ("" for the root); todo: the path
	 * still to walk, kept at its end; link: a link's target. */
	char *mem = malloc(3 * PATH_MAX);
	if (mem == NULL) {
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	char *out = mem, *todo = mem + PATH_MAX, *link = mem + 2 * PATH_MAX;
	size_t olen = 0;
	int links = 0;
	char *rest = todo + PATH_MAX - 1 - plen - 1 - clen;
	memcpy(rest, cwd, clen);
	rest[clen] = '/';
	memcpy(rest + clen + 1, path, plen + 1);
	out[0] = '\0';

	while (err == 0) {
		while (*rest == '/')
			rest++;
		if (*rest == '\0')
			break;
		size_t nlen = strcspn(rest, "/");
		const char *comp = rest;
		rest += nlen;
		if (nlen == 1 && comp[0] == '.')
			continue;
		if (nlen == 2 && comp[0] == '.' && comp[1] == '.') {
			while (olen > 0 && out[olen - 1] != '/')
				olen--;
			if (olen > 0)
				olen--;
			out[olen] = '\0';
			continue;
		}
		size_t before = olen;
		if (olen + 1 + nlen >= PATH_MAX) {
			err = ENAMETOOLONG;
			break;
		}
		out[olen++] = '/';
		memcpy(out + olen, comp, nlen);
		olen += nlen;
		out[olen] = '\0';

		struct stat st;
		if (fstatat(AT_FDCWD, out, &st, AT_SYMLINK_NOFOLLOW) != 0) {
			if (!__w64_preopen_is_ancestor(out))
				err = errno;
			continue;
		}
		if (S_ISLNK(st.st_mode)) {
			if (++links > SYMLOOP_MAX) {
				err = ELOOP;
				break;
			}
			ssize_t n = readlink(out, link, PATH_MAX);
			if (n < 0) {
				err = errno;
				break;
			}
			/* The target, then what was left after the link. */
			size_t left = strlen(rest);
			if ((size_t)n + left >= PATH_MAX || n == 0) {
				err = n == 0 ? ENOENT : ENAMETOOLONG;
				break;
			}
			rest -= n;
			memcpy(rest, link, (size_t)n);
			olen = link[0] == '/' ? 0 : before;
			out[olen] = '\0';
		} else if (!S_ISDIR(st.st_mode) && *rest != '\0') {
			err = ENOTDIR;
		}
	}
	if (err == 0 && olen == 0) {
		out[olen++] = '/';
		out[olen] = '\0';
	}
	if (err == 0 && resolved == NULL && (resolved = malloc(olen + 1)) == NULL)
		err = ENOMEM;
	if (err == 0)
		memcpy(resolved, out, olen + 1);
	free(mem);
	if (err != 0) {
		__w64_set_errno(err);
		return NULL;
	}
	return resolved;
}
