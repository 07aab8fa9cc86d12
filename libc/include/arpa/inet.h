/* arpa/inet.h: address text conversions and byte order. */
#ifndef _ARPA_INET_H
#define _ARPA_INET_H

#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

int inet_aton(const char *__cp, struct in_addr *__inp);
in_addr_t inet_addr(const char *__cp);
char *inet_ntoa(struct in_addr __in);
int inet_pton(int __af, const char *__restrict __src, void *__restrict __dst);
const char *inet_ntop(int __af, const void *__restrict __src, char *__restrict __dst,
		      socklen_t __size);

#ifdef __cplusplus
}
#endif

#endif
