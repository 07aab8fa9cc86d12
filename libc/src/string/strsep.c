#include <string.h>

char *strsep(char **restrict sp, const char *restrict sep)
{
	char *s = *sp;

	if (s == NULL)
		return NULL;
	char *end = s + strcspn(s, sep);
	if (*end != '\0') {
		*end = '\0';
		*sp = end + 1;
	} else {
		*sp = NULL;
	}
	return s;
}
