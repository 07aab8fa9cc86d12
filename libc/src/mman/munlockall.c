#include <sys/mman.h>

int munlockall(void)
{
	return 0;
}
