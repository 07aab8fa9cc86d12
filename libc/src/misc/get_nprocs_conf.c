#include <sys/sysinfo.h>

/* One processor: WASI preview 1 runs one thread. */
int get_nprocs_conf(void)
{
	return 1;
}
