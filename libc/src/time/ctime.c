#include <time.h>

char *ctime(const time_t *t)
{
	static char buf[26];

	return ctime_r(t, buf);
}
