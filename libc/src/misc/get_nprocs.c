#include <sys/sysinfo.h>

/* One processor: WASI preview 1 runs one thread. */
int get_nprocs(void)
{
	return 1;
}
