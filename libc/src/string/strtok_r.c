#include <string.h>

char *strtok_r(char *restrict s, const char *restrict sep, char **restrict save)
{
	if (s == NULL) {
		s = *save;
		if (s == NULL)
			return NULL;
	}
	s += strspn(s, sep);
	if (*s == '\0') {
		*save = NULL;
		return NULL;
	}
	char *end = s + strcspn(s, sep);
	if (*end != '\0') {
		*end = '\0';
		*save = end + 1;
	} else {
		*save = NULL;
	}
	return s;
}
