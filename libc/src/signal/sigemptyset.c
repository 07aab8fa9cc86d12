#include <signal.h>

int sigemptyset(sigset_t *set)
{
	set->__bits = 0;
	return 0;
}
