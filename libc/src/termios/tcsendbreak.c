#include <termios.h>

#include "w64_tty.h"

int tcsendbreak(int fd, int duration)
{
	(void)duration;
	return __w64_no_tty(fd);
}
