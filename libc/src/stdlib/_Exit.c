#include <stdlib.h>

#include "w64_host.h"

void _Exit(int status)
{
	__w64_host_proc_exit(status);
}
