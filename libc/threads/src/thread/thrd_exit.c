#include <stdint.h>
#include <threads.h>

void thrd_exit(int res)
{
	pthread_exit((void *)(intptr_t)res);
}
