#include <search.h>
#include <stddef.h>

void remque(void *elem)
{
	struct qelem *e = elem;
	if (e->q_forw != NULL)
		e->q_forw->q_back = e->q_back;
	if (e->q_back != NULL)
		e->q_back->q_forw = e->q_forw;
}
