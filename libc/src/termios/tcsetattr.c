#include <termios.h>

#include "w64_tty.h"

int tcsetattr(int fd, int act, const struct termios *t)
{
	(void)act;
	(void)t;
	return __w64_no_tty(fd);
}
