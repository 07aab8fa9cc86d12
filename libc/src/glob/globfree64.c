#include <glob.h>

/* glob64_t is glob_t (glob64.c). */
void globfree64(glob64_t *g)
{
	globfree(g);
}
