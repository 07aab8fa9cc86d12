#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_ftw.h"

/*
 * The walk, glibc's way where POSIX leaves a choice:
 *  - a directory is opened before it is reported: one that cannot be read
 *    is reported once, as FTW_DNR, and not as FTW_D;
 *  - without FTW_PHYS a directory reached a second time (through a
 *    symbolic link) is skipped, not reported;
 *  - with FTW_MOUNT a file on another device is skipped, not reported;
 *  - a file stat cannot see (ENOENT, EACCES, or ENOTCAPABLE: a link out
 *    of the preopens) is FTW_SLN when it is a symbolic link and links are
 *    followed, else FTW_NS; another error ends the walk with -1; so does
 *    any error on the starting point (which is then not reported) but
 *    for a dangling link (ENOENT or ENOTCAPABLE), which is FTW_SLN;
 *  - with FTW_CHDIR the callback runs in the directory holding the file
 *    (the starting point's too), but for FTW_DP, which runs in the
 *    directory itself; the current directory is then a real path (no
 *    links in it), and the walk ends where it began;
 *  - trailing slashes are taken off the starting point, so a symbolic
 *    link given as "link/" is the link (FTW_SL with FTW_PHYS).
 * Each directory is read whole and closed before the walk goes into it,
 * so a walk holds one descriptor at a time, however deep the tree.
 */

struct walk {
	char *path; /* PATH_MAX bytes: the current file's path */
	int flags;
	dev_t dev;            /* the starting point's, for FTW_MOUNT */
	__w64_nftw_fn *nfn;
	__w64_ftw_fn *fn;
	struct seen {
		dev_t dev;
		ino_t ino;
	} *seen;
	size_t nseen, cap;
};

static int report(struct walk *w, const struct stat *st, int type, size_t base, int level)
{
	if (w->nfn != NULL) {
		struct FTW ftw = {.base = (int)base, .level = level};
		return w->nfn(w->path, st, type, &ftw);
	}
	return w->fn(w->path, st, type == FTW_SLN ? FTW_NS : type);
}

/* Whether the directory was seen before; if not, it is now.  -1: no memory. */
static int seen_before(struct walk *w, const struct stat *st)
{
	for (size_t i = 0; i < w->nseen; i++) {
		if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino)
			return 1;
	}
	if (w->nseen == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 16;
		struct seen *grown = realloc(w->seen, cap * sizeof *grown);
		if (grown == NULL)
			return -1;
		w->seen = grown;
		w->cap = cap;
	}
	w->seen[w->nseen++] = (struct seen){st->st_dev, st->st_ino};
	return 0;
}

/* The names in a directory but "." and "..", each with its NUL, in the
 * directory's order; *size gets the bytes.  NULL with errno on failure. */
static char *read_names(const char *dir, size_t *size)
{
	DIR *d = opendir(dir);
	if (d == NULL)
		return NULL;
	char *names = NULL;
	size_t used = 0, cap = 0;
	int err = 0;
	for (;;) {
		__w64_set_errno(0);
		struct dirent *e = readdir(d);
		if (e == NULL) {
			err = errno;
			break;
		}
		const char *n = e->d_name;
		if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0')))
			continue;
		size_t len = strlen(n) + 1;
		if (cap - used < len) {
			size_t ncap = cap ? cap * 2 : 256;
			char *grown = realloc(names, ncap);
			if (grown == NULL) {
				err = ENOMEM;
				break;
			}
			names = grown;
			cap = ncap;
		}
		memcpy(names + used, n, len);
		used += len;
	}
	closedir(d);
	if (err != 0) {
		free(names);
		__w64_set_errno(err);
		return NULL;
	}
	*size = used;
	return names != NULL ? names : malloc(1);
}

/* The file at w->path (len bytes, its name at base), and below it. */
static int visit(struct walk *w, size_t len, size_t base, int level)
{
	int phys = w->flags & FTW_PHYS;
	/* With FTW_CHDIR the walk stands in the file's directory. */
	const char *here = (w->flags & FTW_CHDIR) ? w->path + base : w->path;
	struct stat st;

	if ((phys ? lstat(here, &st) : stat(here, &st)) != 0) {
		int err = errno;
		int missing = err == ENOENT || err == ENOTCAPABLE;
		if (!missing && (err != EACCES || level == 0))
			return -1;
		int dangling = !phys && lstat(here, &st) == 0 && S_ISLNK(st.st_mode);
		if (level == 0 && !dangling)
			return __w64_set_errno(err);
		return report(w, &st, dangling ? FTW_SLN : FTW_NS, base, level);
	}
	if (level == 0)
		w->dev = st.st_dev;
	else if ((w->flags & FTW_MOUNT) && st.st_dev != w->dev)
		return 0;
	if (!S_ISDIR(st.st_mode))
		return report(w, &st, S_ISLNK(st.st_mode) ? FTW_SL : FTW_F, base, level);

	if (!phys) {
		int seen = seen_before(w, &st);
		if (seen != 0)
			return seen < 0 ? __w64_set_errno(ENOMEM) : 0;
	}
	size_t size;
	char *names = read_names(here, &size);
	if (names == NULL) {
		if (errno == EACCES || errno == ENOTCAPABLE)
			return report(w, &st, FTW_DNR, base, level);
		return -1;
	}
	int ret = 0;
	char *back = NULL;
	if (!(w->flags & FTW_DEPTH))
		ret = report(w, &st, FTW_D, base, level);
	if (ret == 0 && (w->flags & FTW_CHDIR)) {
		/* In by the directory's real path, back by the one it came
		 * from: a current directory spelt through links would grow
		 * with each link followed (and "..", taken lexically, would
		 * not be the way back in general). */
		char *real = realpath(here, NULL);
		back = getcwd(NULL, 0);
		if (real == NULL || back == NULL || chdir(real) != 0)
			ret = -1;
		free(real);
	}
	size_t sub = len;
	if (sub > 0 && w->path[sub - 1] != '/')
		w->path[sub++] = '/';
	for (size_t at = 0; ret == 0 && at < size;) {
		size_t nlen = strlen(names + at);
		if (sub + nlen >= PATH_MAX) {
			ret = __w64_set_errno(ENAMETOOLONG);
			break;
		}
		memcpy(w->path + sub, names + at, nlen + 1);
		ret = visit(w, sub + nlen, sub, level + 1);
		at += nlen + 1;
	}
	w->path[len] = '\0';
	free(names);
	if (ret == 0 && (w->flags & FTW_DEPTH))
		ret = report(w, &st, FTW_DP, base, level);
	if (ret == 0 && back != NULL && chdir(back) != 0)
		ret = -1;
	free(back);
	return ret;
}

int __w64_ftw(const char *path, __w64_nftw_fn *nfn, __w64_ftw_fn *fn, int flags)
{
	size_t len = strlen(path);
	if (len == 0)
		return __w64_set_errno(ENOENT);
	if (len >= PATH_MAX)
		return __w64_set_errno(ENAMETOOLONG);
	struct walk w = {.flags = flags, .nfn = nfn, .fn = fn};
	char *start_cwd = NULL;
	int ret = -1;

	w.path = malloc(PATH_MAX);
	if (w.path == NULL) {
		__w64_set_errno(ENOMEM);
		goto done;
	}
	while (len > 1 && path[len - 1] == '/')
		len--;
	memcpy(w.path, path, len);
	w.path[len] = '\0';
	size_t base = len;
	while (base > 0 && path[base - 1] != '/')
		base--;
	if (flags & FTW_CHDIR) {
		if ((start_cwd = getcwd(NULL, 0)) == NULL)
			goto done;
		if (base > 0) {
			char *dir = strndup(path, base);
			int err = dir == NULL ? ENOMEM : chdir(dir) != 0 ? errno : 0;
			free(dir);
			if (err != 0) {
				__w64_set_errno(err);
				goto done;
			}
		}
	}
	ret = visit(&w, len, base, 0);
done:
	if (start_cwd != NULL) {
		int saved = errno;
		chdir(start_cwd);
		__w64_set_errno(saved);
	}
	free(start_cwd);
	free(w.seen);
	free(w.path);
	return ret;
}
