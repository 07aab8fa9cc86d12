#include <stdlib.h>
#include <string.h>

char *strdup(const char *s)
{
	size_t size = strlen(s) + 1;
	char *copy = malloc(size);

	if (copy != NULL)
		memcpy(copy, s, size);
	return copy;
}
