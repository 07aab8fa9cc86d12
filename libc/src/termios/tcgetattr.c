#include <termios.h>

#include "w64_tty.h"

int tcgetattr(int fd, struct termios *t)
{
	(void)t;
	return __w64_no_tty(fd);
}
