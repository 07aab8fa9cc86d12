#include <sys/sysinfo.h>

#include "w64_sysinfo.h"

long get_avphys_pages(void)
{
	return __w64_avphys_pages();
}
