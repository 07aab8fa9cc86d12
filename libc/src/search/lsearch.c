#include <search.h>
#include <string.h>

/* lfind, and when key is not there, key appended (the caller provides
 * the room) and *nelp incremented. */
void *lsearch(const void *key, void *base, size_t *nelp, size_t width,
	      int (*cmp)(const void *, const void *))
{
	void *found = lfind(key, base, nelp, width, cmp);
	if (found != NULL)
		return found;
	char *end = (char *)base + *nelp * width;
	memcpy(end, key, width);
	++*nelp;
	return end;
}
