#include <termios.h>

#include "w64_tty.h"

pid_t tcgetsid(int fd)
{
	return __w64_no_tty(fd);
}
