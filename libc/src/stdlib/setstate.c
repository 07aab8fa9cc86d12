#include <errno.h>
#include <stddef.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_rand.h"

/* Goes back to a state that initstate set up (or setstate returned);
 * returns the one in use until now. */
char *setstate(char *state)
{
	__w64_random_ready();
	__w64_random_save();
	char *old = (char *)__w64_random.state - 4;
	if (__w64_random_use(state) != 0) {
		__w64_set_errno(EINVAL);
		return NULL;
	}
	return old;
}
