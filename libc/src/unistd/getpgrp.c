#include <unistd.h>

/* The only process leads its own process group. */
pid_t getpgrp(void)
{
	return getpid();
}
