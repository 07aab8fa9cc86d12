#include <string.h>

/* Two-Way through memmem: linear in both lengths.  strchr first finds
 * where a match could start, so a haystack in which the needle's first
 * byte never occurs costs one scan. */
char *strstr(const char *hay, const char *needle)
{
	if (needle[0] == '\0')
		return (char *)hay;
	hay = strchr(hay, needle[0]);
	if (hay == NULL)
		return NULL;
	return memmem(hay, strlen(hay), needle, strlen(needle));
}
