#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <threads.h>

#include "w64_threads.h"

/* A C11 start function returns an int: a trampoline carries it out as
 * the pthread result (thrd_join turns it back). */
struct start {
	thrd_start_t func;
	void *arg;
};

static void *trampoline(void *p)
{
	struct start s = *(struct start *)p;
	free(p);
	return (void *)(intptr_t)s.func(s.arg);
}

int thrd_create(thrd_t *thr, thrd_start_t func, void *arg)
{
	struct start *s = malloc(sizeof *s);
	if (s == NULL)
		return thrd_nomem;
	s->func = func;
	s->arg = arg;
	int err = pthread_create(thr, NULL, trampoline, s);
	if (err != 0) {
		free(s);
		return thrd_nomem;
	}
	return thrd_success;
}
