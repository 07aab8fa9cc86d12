#include <time.h>
#include <unistd.h>

/* Sleeps the whole time (there are no signals to cut it short). */
unsigned sleep(unsigned seconds)
{
	struct timespec ts = {.tv_sec = seconds, .tv_nsec = 0};

	return nanosleep(&ts, NULL) == 0 ? 0 : seconds;
}
