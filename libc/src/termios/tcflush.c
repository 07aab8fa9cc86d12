#include <termios.h>

#include "w64_tty.h"

int tcflush(int fd, int queue)
{
	(void)queue;
	return __w64_no_tty(fd);
}
