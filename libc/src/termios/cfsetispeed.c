#include <errno.h>
#include <termios.h>

#include "w64_errno.h"
#include "w64_speed.h"

int cfsetispeed(struct termios *t, speed_t speed)
{
	if (!__w64_valid_speed(speed))
		return __w64_set_errno(EINVAL);
	t->__c_ispeed = speed;
	return 0;
}
