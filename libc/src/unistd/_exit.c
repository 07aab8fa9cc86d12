#include <unistd.h>

#include "w64_host.h"

void _exit(int status)
{
	__w64_host_proc_exit(status);
}
