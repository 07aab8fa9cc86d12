#include <locale.h>
#include <string.h>

/*
 * The one locale is "C".  It can be chosen by that name, as "POSIX", or
 * as "" (the native locale, which here is also "C"); any other name
 * fails.  A query (NULL) always answers "C".
 */
char *setlocale(int category, const char *name)
{
	static char c_name[] = "C";

	if (category < LC_CTYPE || category > LC_ALL)
		return NULL;
	if (name == NULL || name[0] == '\0' || strcmp(name, "C") == 0 ||
	    strcmp(name, "POSIX") == 0)
		return c_name;
	return NULL;
}
