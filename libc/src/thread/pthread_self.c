#include <pthread.h>

#include "w64_thread.h"

pthread_t pthread_self(void)
{
	return W64_MAIN_THREAD;
}
