#include <wchar.h>

int mbsinit(const mbstate_t *ps)
{
	return ps == NULL || ps->__need == 0;
}
