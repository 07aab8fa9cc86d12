#include <dirent.h>

/* struct dirent64 is struct dirent. */
int versionsort64(const struct dirent **a, const struct dirent **b)
{
	return versionsort(a, b);
}
