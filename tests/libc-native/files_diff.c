/*
 * The libc's file-tree functions against glibc's, on generated trees of
 * files, directories and symbolic links (relative, absolute, to
 * directories, dangling, looping):
 *
 *  - realpath of generated paths (components of the tree, ".", "..",
 *    links, names that are not there, trailing slashes), absolute and
 *    relative to a directory both sides chdir to: the same result, or the
 *    same errno;
 *  - nftw with each of the 16 combinations of FTW_PHYS, FTW_MOUNT,
 *    FTW_DEPTH and FTW_CHDIR, from the top and from places inside, and
 *    ftw: the same calls in the same order (path, type, level, base, inode,
 *    the current directory with FTW_CHDIR), the same result,
 *    also when the callback stops the walk;
 *  - scandir with alphasort and versionsort, with and without a filter;
 *  - strverscmp on random strings of digits, zeros, letters and dots.
 *
 *   files_diff        W64_DIFF_CASES (default 200000) sets the amount,
 *                     seed W64_DIFF_SEED
 *
 * The libc reaches files through the preopens of its stand-in host
 * (W64_PREOPENS), so the driver preopens a fresh directory under its own
 * host path (re-running itself with the variable set): the same path
 * names the same file on both sides.
 *
 * Prints mismatches (at most 20) and "files: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diff.h"
#include "w64.h"

/* The libc's struct stat, dirent and errno values (its own headers). */
struct w64_stat {
	uint64_t st_dev, st_ino, st_nlink;
	unsigned st_mode, st_uid, st_gid;
	uint64_t st_rdev;
	int64_t st_size, st_blksize, st_blocks;
	struct timespec st_atim, st_mtim, st_ctim;
};
struct w64_dirent {
	uint64_t d_ino;
	unsigned char d_type;
	char d_name[256];
};
char *w64_realpath(const char *path, char *resolved);
int w64_chdir(const char *path);
char *w64_getcwd(char *buf, size_t size);
int w64_nftw(const char *path, int (*fn)(const char *, const struct w64_stat *, int, struct FTW *),
	     int fd_limit, int flags);
int w64_ftw(const char *path, int (*fn)(const char *, const struct w64_stat *, int), int fd_limit);
int w64_scandir(const char *path, struct w64_dirent ***list, int (*filter)(const struct w64_dirent *),
		int (*compar)(const struct w64_dirent **, const struct w64_dirent **));
int w64_alphasort(const struct w64_dirent **a, const struct w64_dirent **b);
int w64_versionsort(const struct w64_dirent **a, const struct w64_dirent **b);
int w64_strverscmp(const char *a, const char *b);

/* Callbacks the libc calls with its own struct types (struct stat, struct
 * dirent), which this file mirrors under other names: UBSan's function
 * type check would see a different type. */
#define W64_CALLBACK __attribute__((no_sanitize("function")))

/* An errno by meaning, so glibc's and the libc's compare. */
static int meaning(int e, int is_w64)
{
	static const int linux_errs[] = {0, ENOENT, ENOTDIR, ELOOP, EACCES, ENAMETOOLONG, EINVAL};
	static const int w64_errs[] = {0, 44, 54, 32, 2, 37, 28};
	for (int i = 0; i < 7; i++)
		if (e == (is_w64 ? w64_errs : linux_errs)[i])
			return i;
	return 100 + e;
}

static unsigned long compared, mismatches;

static void mismatch(const char *what, const char *detail, const char *glibc, const char *ours)
{
	mismatches++;
	if (mismatches <= 20)
		printf("MISMATCH %s %s\n  glibc: %s\n  libc:  %s\n", what, detail, glibc, ours);
}

/* --- the tree ----------------------------------------------------------------- */

static char top[PATH_MAX];  /* the preopened directory */
static char root[PATH_MAX]; /* the tree, two levels below it */
static char nodes[200][PATH_MAX]; /* every path in the tree, from root */
static int is_dir[200], nnodes;

static const char *const pool[] = {"a", "b", "c", "a1", "a2", "a10", "a02", "a010", "x.1", "x.9",
				   "x.10", "dir", "0", "00", "9", "v1.2.10", "v1.2.9"};
enum { NPOOL = sizeof pool / sizeof pool[0] };

static void add_node(const char *path, int dir)
{
	if (nnodes < 200) {
		snprintf(nodes[nnodes], PATH_MAX, "%s", path);
		is_dir[nnodes++] = dir;
	}
}

/* `rel` (a path below root) as seen from the directory `from` (also below
 * root, "" for root itself). */
static void relative_to(const char *from, const char *rel, char *out, size_t size)
{
	int depth = from[0] != '\0';
	for (const char *p = from; *p; p++)
		depth += *p == '/';
	out[0] = '\0';
	for (int i = 0; i < depth; i++)
		strncat(out, "../", size - strlen(out) - 1);
	strncat(out, rel[0] ? rel : ".", size - strlen(out) - 1);
}

static void fill(const char *dir, int depth)
{
	int n = 1 + (int)rnd_below(5);
	for (int i = 0; i < n; i++) {
		char rel[PATH_MAX], abs[PATH_MAX * 2];
		snprintf(rel, sizeof rel, "%s%s%s", dir, dir[0] ? "/" : "", pool[rnd_below(NPOOL)]);
		snprintf(abs, sizeof abs, "%s/%s", root, rel);
		unsigned kind = rnd_below(8);
		if (kind < 3) {
			int fd = open(abs, O_WRONLY | O_CREAT | O_EXCL, 0644);
			if (fd >= 0) {
				close(fd);
				add_node(rel, 0);
			}
		} else if (kind < 5 && depth < 3) {
			if (mkdir(abs, 0755) == 0) {
				add_node(rel, 1);
				fill(rel, depth + 1);
			}
		} else if (nnodes > 0) {
			/* A link to something already there, relative or absolute,
			 * or to nothing, or to itself. */
			char target[PATH_MAX * 2];
			const char *to = nodes[rnd_below((unsigned)nnodes)];
			unsigned how = rnd_below(6);
			if (how < 3)
				relative_to(dir, to, target, sizeof target);
			else if (how == 3)
				snprintf(target, sizeof target, "%s/%s", root, to);
			else if (how == 4)
				snprintf(target, sizeof target, "missing%u", rnd_below(3));
			else
				snprintf(target, sizeof target, "%s", strrchr(abs, '/') + 1);
			if (symlink(target, abs) == 0)
				add_node(rel, 0);
		}
	}
}

static int remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	(void)type;
	remove(path);
	return 0;
}

static void clear_tree(void)
{
	/* Directories that cannot be read are opened up first. */
	for (int i = 0; i < nnodes; i++)
		if (is_dir[i]) {
			char abs[PATH_MAX * 2];
			snprintf(abs, sizeof abs, "%s/%s", root, nodes[i]);
			chmod(abs, 0755);
		}
	nftw(root, remove_one, 8, FTW_PHYS | FTW_DEPTH);
	nnodes = 0;
}

static void make_tree(void)
{
	mkdir(root, 0755);
	fill("", 0);
	/* Now and then a directory nobody may read (FTW_DNR; root reads it
	 * anyway, on both sides alike). */
	for (int i = 0; i < nnodes; i++)
		if (is_dir[i] && rnd_below(6) == 0) {
			char abs[PATH_MAX * 2];
			snprintf(abs, sizeof abs, "%s/%s", root, nodes[i]);
			chmod(abs, 0);
		}
}

/* --- realpath ------------------------------------------------------------------- */

/* A path: some components from the tree's names, ".", "..", and names
 * that are not there, at most two ".." (the tree is two levels below the
 * preopen, so no walk leaves it). */
static void gen_path(char *out, size_t size)
{
	int parts = 1 + (int)rnd_below(5), ups = 0;
	out[0] = '\0';
	if (nnodes > 0 && rnd_below(2)) {
		snprintf(out, size, "%s", nodes[rnd_below((unsigned)nnodes)]);
		parts = (int)rnd_below(3);
	}
	for (int i = 0; i < parts; i++) {
		unsigned k = rnd_below(10);
		const char *c = k < 6 ? pool[rnd_below(NPOOL)] : k < 7 ? "." : k < 9 && ups < 2 ? ".." : "nothing";
		if (strcmp(c, "..") == 0)
			ups++;
		if (out[0] != '\0')
			strncat(out, "/", size - strlen(out) - 1);
		strncat(out, c, size - strlen(out) - 1);
	}
	if (out[0] == '\0')
		snprintf(out, size, ".");
	if (rnd_below(8) == 0)
		strncat(out, "/", size - strlen(out) - 1);
}

static void check_realpath(const char *path)
{
	char g[PATH_MAX], w[PATH_MAX], gs[PATH_MAX + 32], ws[PATH_MAX + 32];
	errno = 0;
	char *gr = realpath(path, g);
	int ge = errno;
	w64_errno = 0;
	char *wr = w64_realpath(path, w);
	int we = w64_errno;
	snprintf(gs, sizeof gs, "%s", gr ? gr : "NULL");
	snprintf(ws, sizeof ws, "%s", wr ? wr : "NULL");
	if (!gr)
		snprintf(gs, sizeof gs, "NULL errno %d", meaning(ge, 0));
	if (!wr)
		snprintf(ws, sizeof ws, "NULL errno %d", meaning(we, 1));
	compared++;
	if (strcmp(gs, ws) != 0)
		mismatch("realpath", path, gs, ws);
}

static void test_realpath(int n)
{
	char rel[PATH_MAX], abs[PATH_MAX * 2];
	for (int i = 0; i < n; i++) {
		gen_path(rel, sizeof rel);
		snprintf(abs, sizeof abs, "%s/%s", root, rel);
		check_realpath(abs);
	}
	/* Relative to a directory of the tree. */
	for (int i = 0; i < nnodes; i++) {
		if (!is_dir[i])
			continue;
		snprintf(abs, sizeof abs, "%s/%s", root, nodes[i]);
		if (chdir(abs) != 0 || w64_chdir(abs) != 0)
			continue;
		for (int j = 0; j < n / 4; j++) {
			gen_path(rel, sizeof rel);
			check_realpath(rel);
		}
	}
	chdir("/");
	w64_chdir("/");
}

/* --- nftw and ftw ------------------------------------------------------------- */

struct log {
	char text[65536];
	size_t len;
	int calls, stop_at, physical_cwd;
};
static struct log glog, wlog;

static void log_call(struct log *l, const char *path, int type, int level, int base, uint64_t ino,
		     const char *cwd)
{
	if (l->len < sizeof l->text)
		l->len += (size_t)snprintf(l->text + l->len, sizeof l->text - l->len, "%s %d %d %d %llu %s\n",
					   path, type, level, base, (unsigned long long)ino, cwd);
}

static int g_fn(const char *path, const struct stat *st, int type, struct FTW *f)
{
	char cwd[PATH_MAX] = "-";
	if (glog.physical_cwd && getcwd(cwd, sizeof cwd) == NULL)
		strcpy(cwd, "?");
	/* glibc numbers the types from 0, the libc (as wasi-libc) from 1. */
	log_call(&glog, path, type + 1, f->level, f->base, type == FTW_NS ? 0 : st->st_ino, cwd);
	return ++glog.calls == glog.stop_at ? 7 : 0;
}

W64_CALLBACK static int w_fn(const char *path, const struct w64_stat *st, int type, struct FTW *f)
{
	char cwd[PATH_MAX] = "-";
	if (wlog.physical_cwd && w64_getcwd(cwd, sizeof cwd) == NULL)
		strcpy(cwd, "?");
	log_call(&wlog, path, type, f->level, f->base, type == 4 ? 0 : st->st_ino, cwd);
	return ++wlog.calls == wlog.stop_at ? 7 : 0;
}

static int g_ftw_fn(const char *path, const struct stat *st, int type)
{
	log_call(&glog, path, type + 1, 0, 0, type == FTW_NS ? 0 : st->st_ino, "-");
	return ++glog.calls == glog.stop_at ? 7 : 0;
}

W64_CALLBACK static int w_ftw_fn(const char *path, const struct w64_stat *st, int type)
{
	log_call(&wlog, path, type, 0, 0, type == 4 ? 0 : st->st_ino, "-");
	return ++wlog.calls == wlog.stop_at ? 7 : 0;
}

static void check_walk(const char *path, int flags, int use_ftw)
{
	int stop = rnd_below(3) == 0 ? 1 + (int)rnd_below(12) : 0;
	glog = (struct log){.stop_at = stop, .physical_cwd = (flags & FTW_CHDIR) != 0};
	wlog = (struct log){.stop_at = stop, .physical_cwd = glog.physical_cwd};
	errno = 0;
	/* Enough descriptors for glibc to come back up by the directory it
	 * came from: with too few it takes "..", which after a directory
	 * reached through a link is not where it was. */
	int gr = use_ftw ? ftw(path, g_ftw_fn, 64) : nftw(path, g_fn, 64, flags);
	int ge = gr == -1 ? meaning(errno, 0) : 0;
	w64_errno = 0;
	int wr = use_ftw ? w64_ftw(path, w_ftw_fn, 4) : w64_nftw(path, w_fn, 4, flags);
	int we = wr == -1 ? meaning(w64_errno, 1) : 0;
	char what[64];
	snprintf(what, sizeof what, "%s flags %d stop %d", use_ftw ? "ftw" : "nftw", flags, stop);
	compared++;
	if (gr != wr || ge != we || strcmp(glog.text, wlog.text) != 0) {
		char gs[65600], ws[65600];
		snprintf(gs, sizeof gs, "%d errno %d\n%s", gr, ge, glog.text);
		snprintf(ws, sizeof ws, "%d errno %d\n%s", wr, we, wlog.text);
		mismatch(what, path, gs, ws);
	}
}

static void test_walks(void)
{
	char abs[PATH_MAX * 2];
	for (int flags = 0; flags < 16; flags++)
		check_walk(root, flags, 0);
	check_walk(root, 0, 1);
	for (int i = 0; i < 4 && nnodes > 0; i++) {
		snprintf(abs, sizeof abs, "%s/%s%s", root, nodes[rnd_below((unsigned)nnodes)],
			 rnd_below(4) == 0 ? "/" : "");
		check_walk(abs, (int)rnd_below(16), 0);
		check_walk(abs, 0, 1);
	}
	/* Relative starting points, from the tree's top. */
	if (chdir(root) == 0 && w64_chdir(root) == 0) {
		for (int i = 0; i < 3 && nnodes > 0; i++) {
			int flags = (int)rnd_below(16) & ~FTW_CHDIR;
			check_walk(nodes[rnd_below((unsigned)nnodes)], flags, 0);
		}
		check_walk(".", (int)rnd_below(16), 0);
	}
	chdir("/");
	w64_chdir("/");
}

/* --- scandir ----------------------------------------------------------------- */

static int g_filter(const struct dirent *e)
{
	return e->d_name[0] != '.' && strchr(e->d_name, '1') == NULL;
}

W64_CALLBACK static int w_filter(const struct w64_dirent *e)
{
	return e->d_name[0] != '.' && strchr(e->d_name, '1') == NULL;
}

static void test_scandir(void)
{
	char abs[PATH_MAX * 2];
	for (int i = -1; i < nnodes; i++) {
		if (i >= 0 && !is_dir[i])
			continue;
		snprintf(abs, sizeof abs, "%s/%s", root, i >= 0 ? nodes[i] : "");
		for (int how = 0; how < 4; how++) {
			struct dirent **gl = NULL;
			struct w64_dirent **wl = NULL;
			int (*gf)(const struct dirent *) = how & 2 ? g_filter : NULL;
			int (*wf)(const struct w64_dirent *) = how & 2 ? w_filter : NULL;
			errno = 0;
			int gn = scandir(abs, &gl, gf, how & 1 ? versionsort : alphasort);
			int ge = gn < 0 ? meaning(errno, 0) : 0;
			w64_errno = 0;
			int wn = w64_scandir(abs, &wl, wf, how & 1 ? w64_versionsort : w64_alphasort);
			int we = wn < 0 ? meaning(w64_errno, 1) : 0;
			char gs[8192], ws[8192];
			size_t gu = (size_t)snprintf(gs, sizeof gs, "%d errno %d:", gn, ge);
			size_t wu = (size_t)snprintf(ws, sizeof ws, "%d errno %d:", wn, we);
			for (int k = 0; k < gn; k++) {
				if (gu < sizeof gs)
					gu += (size_t)snprintf(gs + gu, sizeof gs - gu, " %s/%d", gl[k]->d_name,
							       gl[k]->d_type);
				free(gl[k]);
			}
			for (int k = 0; k < wn; k++) {
				if (wu < sizeof ws)
					wu += (size_t)snprintf(ws + wu, sizeof ws - wu, " %s/%d", wl[k]->d_name,
							       wl[k]->d_type);
				free(wl[k]);
			}
			free(gl);
			free(wl);
			compared++;
			if (strcmp(gs, ws) != 0)
				mismatch(how & 1 ? "scandir versionsort" : "scandir alphasort", abs, gs, ws);
		}
	}
}

/* --- strverscmp ----------------------------------------------------------------- */

static void test_strverscmp(unsigned long n)
{
	static const char alphabet[] = "0000111999aab..";
	for (unsigned long i = 0; i < n; i++) {
		char a[12], b[12];
		size_t la = rnd_below(8), lb = rnd_below(8);
		for (size_t k = 0; k < la; k++)
			a[k] = alphabet[rnd_below(sizeof alphabet - 1)];
		a[la] = '\0';
		/* Mostly a shared prefix: the difference is what matters. */
		size_t shared = rnd_below(2) ? rnd_below((unsigned)la + 1) : 0;
		memcpy(b, a, shared);
		for (size_t k = shared; k < shared + lb && k < sizeof b - 1; k++)
			b[k] = alphabet[rnd_below(sizeof alphabet - 1)];
		b[shared + lb < sizeof b - 1 ? shared + lb : sizeof b - 1] = '\0';
		int g = strverscmp(a, b), w = w64_strverscmp(a, b);
		compared++;
		if ((g > 0) - (g < 0) != (w > 0) - (w < 0)) {
			char detail[64], gs[16], ws[16];
			snprintf(detail, sizeof detail, "\"%s\" \"%s\"", a, b);
			snprintf(gs, sizeof gs, "%d", g);
			snprintf(ws, sizeof ws, "%d", w);
			mismatch("strverscmp", detail, gs, ws);
		}
	}
}

int main(int argc, char **argv)
{
	(void)argc;
	if (getenv("W64_PREOPENS") == NULL) {
		/* Preopen a fresh directory under its own name, then run again:
		 * the libc reads its preopens at startup. */
		char tmpl[] = "/tmp/w64-files-diff.XXXXXX";
		if (mkdtemp(tmpl) == NULL || realpath(tmpl, top) == NULL) {
			perror("files_diff: mkdtemp");
			return 2;
		}
		char spec[PATH_MAX * 2 + 8];
		snprintf(spec, sizeof spec, "%s::%s", top, top);
		setenv("W64_PREOPENS", spec, 1);
		setenv("W64_FILES_DIFF_TOP", top, 1);
		execv("/proc/self/exe", argv);
		perror("files_diff: execv");
		return 2;
	}
	const char *t = getenv("W64_FILES_DIFF_TOP");
	if (t == NULL)
		return 2;
	snprintf(top, sizeof top, "%s", t);
	unsigned long cases = diff_setup(200000);
	snprintf(root, sizeof root, "%s/t", top);
	mkdir(root, 0755);
	snprintf(root, sizeof root, "%s/t/root", top);

	unsigned long trees = cases / 8000 + 1;
	for (unsigned long i = 0; i < trees; i++) {
		make_tree();
		test_realpath(40);
		test_walks();
		test_scandir();
		clear_tree();
	}
	test_strverscmp(cases);

	char t_dir[PATH_MAX + 8];
	snprintf(t_dir, sizeof t_dir, "%s/t", top);
	rmdir(t_dir);
	rmdir(top);
	printf("files: %lu cases compared, %lu mismatches\n", compared, mismatches);
	return mismatches != 0;
}
