#include <time.h>

static char utc[] = "UTC";

char *tzname[2] = {utc, utc};
long timezone;
int daylight;

/* There is one time zone, UTC, whatever TZ says. */
void tzset(void)
{
}
