#include <termios.h>

#include "w64_tty.h"

int tcflow(int fd, int action)
{
	(void)action;
	return __w64_no_tty(fd);
}
