#ifndef W64_SPEED_H
#define W64_SPEED_H

#include <termios.h>

/* Whether speed is one of the B* constants. */
static inline int __w64_valid_speed(speed_t speed)
{
	return speed <= B38400 || (speed >= B57600 && speed <= B230400);
}

#endif
