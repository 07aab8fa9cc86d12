#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "w64_path.h"

/* Appends the components of `p` to out[0, *len), resolving "." and "..". */
static void add_components(char *out, size_t *len, const char *p, int *trailing_dir)
{
	while (*p != '\0') {
		while (*p == '/')
			p++;
		if (*p == '\0')
			break;
		const char *end = strchr(p, '/');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		int dot = n == 1 && p[0] == '.';
		int dotdot = n == 2 && p[0] == '.' && p[1] == '.';
		*trailing_dir = dot || dotdot || end != NULL;
		if (dotdot) {
			/* Up one, never above the root. */
			while (*len > 0 && out[*len - 1] != '/')
				(*len)--;
			if (*len > 0)
				(*len)--;
		} else if (!dot) {
			out[(*len)++] = '/';
			memcpy(out + *len, p, n);
			*len += n;
		}
		p += n;
	}
}

char *__w64_path_normalize(const char *base, const char *path, int *trailing_dir, int *err)
{
	size_t plen = strlen(path);
	size_t blen = path[0] == '/' ? 0 : strlen(base);
	int trailing = 0;

	/* The result is never longer than base + "/" + path (+ "/" for "/"). */
	char *out = malloc(blen + plen + 3);
	if (out == NULL) {
		*err = ENOMEM;
		return NULL;
	}
	size_t len = 0;
	if (path[0] != '/')
		add_components(out, &len, base, &trailing);
	trailing = 0;
	add_components(out, &len, path, &trailing);
	if (len == 0)
		out[len++] = '/';
	out[len] = '\0';
	if (trailing_dir != NULL)
		*trailing_dir = trailing;
	return out;
}
