#include <string.h>

char *strstr(const char *hay, const char *needle)
{
	size_t nlen = strlen(needle);

	if (nlen == 0)
		return (char *)hay;
	for (; (hay = strchr(hay, needle[0])) != NULL; hay++) {
		if (strncmp(hay, needle, nlen) == 0)
			return (char *)hay;
	}
	return NULL;
}
