#include <sys/sysinfo.h>

#include "w64_sysinfo.h"

long get_phys_pages(void)
{
	return __w64_phys_pages();
}
