#include <search.h>
#include <stddef.h>

/* Puts elem after pred; a NULL pred starts a new list of one element
 * (both links NULL: a linear list, POSIX's second form). */
void insque(void *elem, void *pred)
{
	struct qelem *e = elem, *p = pred;
	if (p == NULL) {
		e->q_forw = e->q_back = NULL;
		return;
	}
	e->q_forw = p->q_forw;
	e->q_back = p;
	if (p->q_forw != NULL)
		p->q_forw->q_back = e;
	p->q_forw = e;
}
