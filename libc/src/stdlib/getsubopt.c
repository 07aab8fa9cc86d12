#include <stdlib.h>
#include <string.h>

/*
 * Takes the next comma-separated suboption "name" or "name=value" off
 * *optionp (cutting the string there), returns the index of name in
 * tokens and points *valuep at the value (NULL without '='), then moves
 * *optionp past it.  An unknown name returns -1 with *valuep at the whole
 * suboption, as glibc does; -1 also when nothing is left.
 */
int getsubopt(char **optionp, char *const *tokens, char **valuep)
{
	char *start = *optionp;
	if (*start == '\0')
		return -1;
	char *end = strchrnul(start, ',');
	char *eq = memchr(start, '=', (size_t)(end - start));
	size_t len = (size_t)((eq ? eq : end) - start);

	*optionp = *end != '\0' ? end + 1 : end;
	*end = '\0';
	for (int i = 0; tokens[i] != NULL; i++) {
		if (strncmp(tokens[i], start, len) == 0 && tokens[i][len] == '\0') {
			*valuep = eq ? eq + 1 : NULL;
			return i;
		}
	}
	*valuep = start;
	return -1;
}
