#include <ctype.h>
#include <string.h>

/* The first place in hay where needle occurs, ignoring case ("C" locale:
 * ASCII letters).  A plain scan: each start is tried, stopping at its
 * first mismatch. */
char *strcasestr(const char *hay, const char *needle)
{
	const unsigned char *h = (const unsigned char *)hay;
	const unsigned char *n = (const unsigned char *)needle;

	for (;; h++) {
		size_t i = 0;
		while (n[i] != '\0' && tolower(h[i]) == tolower(n[i]))
			i++;
		if (n[i] == '\0')
			return (char *)h;
		if (h[i] == '\0')
			return NULL; /* hay ended first: no later start can fit */
	}
}
