#include <unistd.h>

#include "w64_user.h"

/* The one user's name (getpwuid's). */
char *getlogin(void)
{
	static char name[] = W64_USER_NAME;
	return name;
}
