#include <signal.h>

#include "w64_errno.h"

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict oset)
{
	int err = pthread_sigmask(how, set, oset);
	return err ? __w64_set_errno(err) : 0;
}
