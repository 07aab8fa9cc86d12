#include <errno.h>
#include <signal.h>

#include "w64_errno.h"

int killpg(pid_t pgrp, int sig)
{
	if (pgrp < 0)
		return __w64_set_errno(EINVAL);
	return kill(pgrp == 0 ? 0 : -pgrp, sig);
}
