#include <termios.h>

#include "w64_tty.h"

int tcdrain(int fd)
{
	return __w64_no_tty(fd);
}
