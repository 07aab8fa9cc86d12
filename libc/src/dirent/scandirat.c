#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_errno.h"

static void free_list(struct dirent **list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

typedef int compare_fn(const struct dirent **, const struct dirent **);

/* A merge sort of the entry pointers (qsort would need compar called
 * through another function type); tmp holds n pointers. */
static void sort(struct dirent **v, struct dirent **tmp, size_t n, compare_fn *compar)
{
	if (n < 2)
		return;
	size_t half = n / 2, i = 0, j = half, k = 0;
	sort(v, tmp, half, compar);
	sort(v + half, tmp, n - half, compar);
	while (i < half && j < n) {
		if (compar((const struct dirent **)&v[j], (const struct dirent **)&v[i]) < 0)
			tmp[k++] = v[j++];
		else
			tmp[k++] = v[i++];
	}
	while (i < half)
		tmp[k++] = v[i++];
	memcpy(v, tmp, k * sizeof *v);
}

/* Every entry `filter` accepts (all with NULL), copied, sorted by
 * `compar` when given (stably), else in the directory's order. */
int scandirat(int dirfd, const char *path, struct dirent ***namelist,
	      int (*filter)(const struct dirent *),
	      compare_fn *compar)
{
	DIR *d = opendirat(dirfd, path);
	if (d == NULL)
		return -1;
	struct dirent **list = NULL, *e;
	size_t n = 0, cap = 0;
	int err = 0, saved = errno;

	for (;;) {
		__w64_set_errno(0);
		e = readdir(d);
		if (e == NULL) {
			err = errno;
			break;
		}
		if (filter != NULL && !filter(e))
			continue;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			struct dirent **grown = ncap <= (size_t)-1 / sizeof *list
							? realloc(list, ncap * sizeof *list)
							: NULL;
			if (grown == NULL) {
				err = ENOMEM;
				break;
			}
			list = grown;
			cap = ncap;
		}
		if (n >= (size_t)__INT_MAX__) {
			err = EOVERFLOW;
			break;
		}
		if ((list[n] = malloc(sizeof *e)) == NULL) {
			err = ENOMEM;
			break;
		}
		memcpy(list[n++], e, sizeof *e);
	}
	closedir(d);
	if (err == 0 && compar != NULL && n > 1) {
		struct dirent **tmp = malloc(n * sizeof *tmp);
		if (tmp == NULL)
			err = ENOMEM;
		else
			sort(list, tmp, n, compar);
		free(tmp);
	}
	if (err != 0) {
		free_list(list, n);
		return __w64_set_errno(err);
	}
	__w64_set_errno(saved);
	*namelist = list;
	return (int)n;
}
