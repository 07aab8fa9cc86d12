/*
 * basename and dirname against glibc's POSIX ones (<libgen.h>: its
 * basename is __xpg_basename), on generated paths: runs of slashes,
 * ".", "..", short names, at the start, middle and end.
 *
 *   libgen_diff       W64_DIFF_CASES paths (default 200000), seed W64_DIFF_SEED
 *
 * Prints mismatches (at most 20) and "libgen: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#include <libgen.h>
#include <stdio.h>
#include <string.h>

#include "diff.h"
#include "w64.h"

char *w64_basename(char *path);
char *w64_dirname(char *path);
char *w64___xpg_basename(char *path);

static unsigned long compared, mismatches;

static void compare(const char *what, const char *path, const char *g, const char *w)
{
	compared++;
	if (strcmp(g, w) == 0)
		return;
	if (++mismatches <= 20)
		printf("MISMATCH %s(\"%s\"): glibc \"%s\", libc \"%s\"\n", what, path, g, w);
}

static void one(const char *path)
{
	char a[64], b[64];
	strcpy(a, path);
	strcpy(b, path);
	compare("basename", path, basename(a), w64_basename(b));
	strcpy(a, path);
	strcpy(b, path);
	compare("__xpg_basename", path, __xpg_basename(a), w64___xpg_basename(b));
	strcpy(a, path);
	strcpy(b, path);
	compare("dirname", path, dirname(a), w64_dirname(b));
}

int main(void)
{
	static const char *const pieces[] = {"/", "/", "//", "///", "a", "bc", ".", "..", "x.y", "..."};
	unsigned long n = diff_setup(200000);

	compare("basename", "(null)", basename(NULL), w64_basename(NULL));
	compare("dirname", "(null)", dirname(NULL), w64_dirname(NULL));
	for (unsigned long i = 0; i < n; i++) {
		char path[64] = "";
		unsigned parts = rnd_below(7);
		for (unsigned k = 0; k < parts; k++)
			strcat(path, pieces[rnd_below(sizeof pieces / sizeof pieces[0])]);
		one(path);
	}
	printf("libgen: %lu cases compared, %lu mismatches\n", compared, mismatches);
	return mismatches != 0;
}
