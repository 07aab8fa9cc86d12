#include <string.h>
#include <wctype.h>

#include "w64_wctype.h"

/* The class names both locales define (C11 7.30.2.2.2); 0 for others. */
wctype_t wctype(const char *name)
{
	static const char names[][7] = {
		"alnum", "alpha", "blank", "cntrl", "digit", "graph",
		"lower", "print", "punct", "space", "upper", "xdigit",
	};
	_Static_assert(W64_WCTYPE_XDIGIT == sizeof names / sizeof names[0], "one name per class, in order");
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(name, names[i]) == 0)
			return (wctype_t)(i + 1);
	}
	return 0;
}
