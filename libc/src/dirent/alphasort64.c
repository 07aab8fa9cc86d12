#include <dirent.h>

/* struct dirent64 is struct dirent. */
int alphasort64(const struct dirent **a, const struct dirent **b)
{
	return alphasort(a, b);
}
