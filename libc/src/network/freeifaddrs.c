#include <ifaddrs.h>
#include <stdlib.h>

/* Each entry is one allocation (getifaddrs makes none today). */
void freeifaddrs(struct ifaddrs *ifa)
{
	while (ifa != NULL) {
		struct ifaddrs *next = ifa->ifa_next;
		free(ifa);
		ifa = next;
	}
}
