#include <errno.h>
#include <pthread.h>

/*
 * A locked mutex is the caller's own (there is one thread).  A recursive
 * mutex is locked again; an error-checking one reports EDEADLK as POSIX
 * requires; so does a normal one, where POSIX says the thread deadlocks:
 * nothing could ever unlock it, and an error the program can see beats
 * a hang.
 */
int pthread_mutex_lock(pthread_mutex_t *mutex)
{
	int err = pthread_mutex_trylock(mutex);
	return err == EBUSY ? EDEADLK : err;
}
