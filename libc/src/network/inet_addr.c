#include <arpa/inet.h>

/* INADDR_NONE when cp is not an address (and for 255.255.255.255). */
in_addr_t inet_addr(const char *cp)
{
	struct in_addr a;
	return inet_aton(cp, &a) ? a.s_addr : INADDR_NONE;
}
