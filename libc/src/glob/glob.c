#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "w64_errno.h"

/*
 * The pattern is cut at its last '/': the directory part is globbed first
 * (for directories only) when it has wildcards, and the last component is
 * matched with fnmatch against each directory's entries.  A component
 * without wildcards is not listed but looked up (lstat), so a path through
 * directories that cannot be read still matches.  The results, the
 * directories GLOB_MARK marks and which errors call errfunc follow glibc,
 * so that one program gives the same list on both.
 */

/* Match directories only: the pattern ended in '/', or it is the
 * directory part of a longer one.  Never a caller's bit (glob masks). */
#define ONLYDIR (1 << 30)
#define KNOWN_FLAGS                                                                       \
	(GLOB_ERR | GLOB_MARK | GLOB_NOSORT | GLOB_DOOFFS | GLOB_NOCHECK | GLOB_APPEND | \
	 GLOB_NOESCAPE | GLOB_PERIOD)

/* What a pattern holds: a wildcard, a '\\', a '[' (maybe unclosed). */
enum { PAT_SPECIAL = 1, PAT_BACKSLASH = 2, PAT_BRACKET = 4 };

typedef int errfunc_t(const char *, int);

struct list {
	char **v;
	size_t n, cap;
};

static int pattern_type(const char *p, int escapes)
{
	int type = 0;
	for (; *p != '\0'; p++) {
		if (*p == '?' || *p == '*')
			return PAT_SPECIAL;
		if (*p == '\\' && escapes) {
			if (p[1] != '\0')
				p++;
			type |= PAT_BACKSLASH;
		} else if (*p == '[') {
			type |= PAT_BRACKET;
		} else if (*p == ']' && (type & PAT_BRACKET)) {
			return PAT_SPECIAL;
		}
	}
	return type;
}

/* Drops the last '\\' of s (length *len) when nothing escapes it: it
 * escaped the '/' the caller cut off. */
static int drop_trailing_escape(char *s, size_t *len)
{
	size_t run = 0;
	while (run < *len && s[*len - 1 - run] == '\\')
		run++;
	if (run % 2 == 0)
		return 0;
	s[--*len] = '\0';
	return 1;
}

/* "dir/name"; "/name" for the root; just name without a directory. */
static char *join(const char *dir, const char *name)
{
	size_t dl = dir == NULL ? 0 : strlen(dir), nl = strlen(name);
	int sep = dir != NULL;
	if (dl == 1 && dir[0] == '/')
		dl = 0;
	char *s = malloc(dl + sep + nl + 1);
	if (s != NULL) {
		memcpy(s, dir, dl);
		s[dl] = '/';
		memcpy(s + dl + sep, name, nl + 1);
	}
	return s;
}

static void list_free(struct list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* Takes s (NULL: the allocation that made it failed). */
static int list_add(struct list *l, char *s)
{
	if (s != NULL && l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		char **v = cap <= SIZE_MAX / sizeof *v ? realloc(l->v, cap * sizeof *v) : NULL;
		if (v == NULL) {
			free(s);
			s = NULL;
		} else {
			l->v = v;
			l->cap = cap;
		}
	}
	if (s == NULL)
		return GLOB_NOSPACE;
	l->v[l->n++] = s;
	return 0;
}

/* Moves the list's names to the end of g's, or frees them. */
static int append(glob_t *g, struct list *l)
{
	size_t used = g->gl_offs + g->gl_pathc;
	char **v = NULL;
	if (used < SIZE_MAX / sizeof *v - 1 - l->n)
		v = realloc(g->gl_pathv, (used + l->n + 1) * sizeof *v);
	if (v == NULL) {
		list_free(l);
		return GLOB_NOSPACE;
	}
	memcpy(v + used, l->v, l->n * sizeof *v);
	v[used + l->n] = NULL;
	g->gl_pathv = v;
	g->gl_pathc += l->n;
	free(l->v);
	return 0;
}

static int is_dir_at(int fd, const char *path)
{
	struct stat st;
	return fstatat(fd, path, &st, 0) == 0 && S_ISDIR(st.st_mode);
}

static int is_wanted_dir(DIR *d, const struct dirent *e)
{
	switch (e->d_type) {
	case DT_DIR:
		return 1;
	case DT_LNK:
	case DT_UNKNOWN:
		return is_dir_at(dirfd(d), e->d_name);
	default:
		return 0;
	}
}

/*
 * The names in `dir` that the last component `pat` matches, each as
 * prefix/name (prefix NULL: the name alone), added to g.  With
 * GLOB_NOCHECK and nothing found, pat itself.
 */
static int glob_in_dir(const char *pat, const char *dir, const char *prefix, int flags,
		       errfunc_t *errfunc, glob_t *g)
{
	struct list found = {NULL, 0, 0};
	int escapes = !(flags & GLOB_NOESCAPE), err = 0;

	if (pattern_type(pat, escapes) == 0) {
		if (!(flags & GLOB_NOCHECK)) {
			char *path = join(dir, pat);
			struct stat st;
			if (path == NULL)
				return GLOB_NOSPACE;
			if (lstat(path, &st) == 0 || errno == EOVERFLOW)
				flags |= GLOB_NOCHECK;
			free(path);
		}
	} else {
		DIR *d = opendir(dir);
		if (d == NULL) {
			int e = errno;
			if (e != ENOTDIR && ((errfunc != NULL && errfunc(dir, e)) || (flags & GLOB_ERR)))
				return GLOB_ABORTED;
		} else {
			int fnm = (flags & GLOB_PERIOD ? 0 : FNM_PERIOD) | (escapes ? 0 : FNM_NOESCAPE);
			struct dirent *e;
			while (err == 0 && (e = readdir(d)) != NULL) {
				if ((flags & ONLYDIR) && !is_wanted_dir(d, e))
					continue;
				if (fnmatch(pat, e->d_name, fnm) == 0)
					err = list_add(&found, join(prefix, e->d_name));
			}
			closedir(d);
		}
	}
	if (err == 0 && found.n == 0 && (flags & GLOB_NOCHECK))
		err = list_add(&found, join(prefix, pat));
	if (err != 0) {
		list_free(&found);
		return err;
	}
	return found.n == 0 ? GLOB_NOMATCH : append(g, &found);
}

static int compare(const void *a, const void *b)
{
	return strcoll(*(char *const *)a, *(char *const *)b);
}

/* Appends '/' to each of g's names from `from` on that is a directory. */
static int mark_dirs(glob_t *g, size_t from)
{
	for (size_t i = from; i < g->gl_offs + g->gl_pathc; i++) {
		if (!is_dir_at(AT_FDCWD, g->gl_pathv[i]))
			continue;
		size_t len = strlen(g->gl_pathv[i]);
		char *s = realloc(g->gl_pathv[i], len + 2);
		if (s == NULL)
			return GLOB_NOSPACE;
		s[len] = '/';
		s[len + 1] = '\0';
		g->gl_pathv[i] = s;
	}
	return 0;
}

static int add_pattern(glob_t *g, const char *pattern)
{
	struct list l = {NULL, 0, 0};
	int err = list_add(&l, strdup(pattern));
	return err != 0 ? err : append(g, &l);
}

/* glob with GLOB_APPEND always (glob has set g up). */
static int do_glob(const char *pattern, int flags, errfunc_t *errfunc, glob_t *g)
{
	int escapes = !(flags & GLOB_NOESCAPE), ret = 0;
	size_t oldcount = g->gl_offs + g->gl_pathc, dirlen = 0;
	const char *slash = strrchr(pattern, '/'), *file = pattern, *dirname = NULL;
	char *dir = NULL; /* dirname when it is a copy */

	if (pattern[0] != '\0' && pattern[strlen(pattern) - 1] == '/')
		flags |= ONLYDIR;
	if (slash == NULL) {
		if (pattern[0] == '\0')
			goto no_matches;
		dirname = ".";
	} else if (slash == pattern || (slash == pattern + 1 && pattern[0] == '\\' && escapes)) {
		dirname = "/";
		dirlen = 1;
		file = slash + 1;
	} else {
		dirlen = (size_t)(slash - pattern);
		if ((dir = strndup(pattern, dirlen)) == NULL)
			return GLOB_NOSPACE;
		dirname = dir;
		file = slash + 1;
		if (file[0] == '\0' && dirlen > 1) {
			/* "pattern/": the directories "pattern" matches, marked. */
			int orig = flags;
			if (escapes && drop_trailing_escape(dir, &dirlen))
				flags &= ~GLOB_NOCHECK;
			ret = do_glob(dir, flags | GLOB_MARK, errfunc, g);
			if (ret == GLOB_NOMATCH && flags != orig) {
				flags = orig;
				oldcount = g->gl_offs + g->gl_pathc;
				goto no_matches;
			}
			goto out;
		}
	}

	int type = pattern_type(dirname, escapes);
	if (type & (PAT_SPECIAL | PAT_BRACKET)) {
		glob_t dirs = {0, NULL, 0, 0, {NULL}};
		if (escapes)
			drop_trailing_escape(dir, &dirlen);
		ret = do_glob(dir, (flags & (GLOB_ERR | GLOB_NOESCAPE)) | GLOB_NOSORT | ONLYDIR, errfunc,
			      &dirs);
		if (ret != 0) {
			globfree(&dirs);
			if (ret != GLOB_NOMATCH || !(flags & GLOB_NOCHECK))
				goto out;
			ret = 0;
			goto no_matches;
		}
		for (size_t i = 0; i < dirs.gl_pathc; i++) {
			int r = glob_in_dir(file, dirs.gl_pathv[i], dirs.gl_pathv[i],
					    flags & ~GLOB_NOCHECK, errfunc, g);
			if (r != 0 && r != GLOB_NOMATCH) {
				/* glibc drops everything here, what earlier calls found too. */
				globfree(&dirs);
				globfree(g);
				ret = r;
				goto out;
			}
		}
		globfree(&dirs);
		if (g->gl_offs + g->gl_pathc == oldcount)
			goto no_matches;
	} else {
		int orig = flags;
		if (type & PAT_BACKSLASH) {
			/* No wildcards: the directory is the name without its escapes. */
			char *q = dir;
			const char *s = dir;
			while (*s != '\0') {
				if (*s == '\\' && *++s == '\0')
					break;
				*q++ = *s++;
			}
			*q = '\0';
			flags &= ~GLOB_NOCHECK;
		}
		ret = glob_in_dir(file, dirname, dirlen > 0 ? dirname : NULL, flags, errfunc, g);
		if (ret == GLOB_NOMATCH && flags != orig && g->gl_offs + g->gl_pathc == oldcount) {
			flags = orig;
			ret = 0;
			goto no_matches;
		}
		if (ret != 0)
			goto out;
	}
	goto finish;

no_matches:
	if (!(flags & GLOB_NOCHECK)) {
		ret = GLOB_NOMATCH;
		goto out;
	}
	if ((ret = add_pattern(g, pattern)) != 0)
		goto out;
finish:
	if ((flags & GLOB_MARK) && (ret = mark_dirs(g, oldcount)) != 0) {
		globfree(g);
		goto out;
	}
	if (!(flags & GLOB_NOSORT))
		qsort(g->gl_pathv + oldcount, g->gl_offs + g->gl_pathc - oldcount, sizeof *g->gl_pathv,
		      compare);
out:
	free(dir);
	return ret;
}

int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *, int),
	 glob_t *restrict g)
{
	if (pattern == NULL || g == NULL)
		return __w64_set_errno(EINVAL); /* -1, as glibc answers */
	flags &= KNOWN_FLAGS;
	if (!(flags & GLOB_DOOFFS))
		g->gl_offs = 0;
	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = NULL;
		if (flags & GLOB_DOOFFS) {
			if (g->gl_offs >= SIZE_MAX / sizeof *g->gl_pathv)
				return GLOB_NOSPACE;
			g->gl_pathv = calloc(g->gl_offs + 1, sizeof *g->gl_pathv);
			if (g->gl_pathv == NULL)
				return GLOB_NOSPACE;
		}
	}
	int ret = do_glob(pattern, flags, errfunc, g);
	if (ret == 0)
		g->gl_flags = flags;
	return ret;
}
