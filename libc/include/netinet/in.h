/* netinet/in.h: Internet addresses (the socket calls: sys/socket.h). */
#ifndef _NETINET_IN_H
#define _NETINET_IN_H

#include <bits/types.h>
#include <stdint.h> /* as glibc: programs count on uint32_t here */
#include <sys/socket.h>

#define __NEED_in_addr_t
#define __NEED_in_port_t
#define __NEED_struct_in_addr
#include <bits/alltypes.h>

struct in6_addr {
	union {
		__UINT8_TYPE__ __s6_addr[16];
		__UINT16_TYPE__ __s6_addr16[8];
		__UINT32_TYPE__ __s6_addr32[4];
	} __in6_union;
};
#define s6_addr __in6_union.__s6_addr
#define s6_addr16 __in6_union.__s6_addr16
#define s6_addr32 __in6_union.__s6_addr32

struct sockaddr_in {
	sa_family_t sin_family;
	in_port_t sin_port;
	struct in_addr sin_addr;
	unsigned char sin_zero[8];
};

struct sockaddr_in6 {
	sa_family_t sin6_family;
	in_port_t sin6_port;
	__UINT32_TYPE__ sin6_flowinfo;
	struct in6_addr sin6_addr;
	__UINT32_TYPE__ sin6_scope_id;
};

struct ipv6_mreq {
	struct in6_addr ipv6mr_multiaddr;
	unsigned ipv6mr_interface;
};

#define IPPROTO_IP 0
#define IPPROTO_ICMP 1
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define IPPROTO_IPV6 41
#define IPPROTO_RAW 255

#define IPV6_V6ONLY 26

#define INADDR_ANY ((in_addr_t)0x00000000)
#define INADDR_BROADCAST ((in_addr_t)0xffffffff)
#define INADDR_NONE ((in_addr_t)0xffffffff)
#define INADDR_LOOPBACK ((in_addr_t)0x7f000001)

#define INET_ADDRSTRLEN 16
#define INET6_ADDRSTRLEN 46

#define IN6ADDR_ANY_INIT {{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}}
#define IN6ADDR_LOOPBACK_INIT {{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}}}

#define IN6_IS_ADDR_UNSPECIFIED(a) \
	((a)->s6_addr32[0] == 0 && (a)->s6_addr32[1] == 0 && (a)->s6_addr32[2] == 0 && \
	 (a)->s6_addr32[3] == 0)
#define IN6_IS_ADDR_LOOPBACK(a) \
	((a)->s6_addr32[0] == 0 && (a)->s6_addr32[1] == 0 && (a)->s6_addr32[2] == 0 && \
	 (a)->s6_addr[12] == 0 && (a)->s6_addr[13] == 0 && (a)->s6_addr[14] == 0 && \
	 (a)->s6_addr[15] == 1)
#define IN6_IS_ADDR_MULTICAST(a) ((a)->s6_addr[0] == 0xff)
#define IN6_IS_ADDR_LINKLOCAL(a) ((a)->s6_addr[0] == 0xfe && ((a)->s6_addr[1] & 0xc0) == 0x80)
#define IN6_IS_ADDR_V4MAPPED(a) \
	((a)->s6_addr32[0] == 0 && (a)->s6_addr32[1] == 0 && (a)->s6_addr[8] == 0 && \
	 (a)->s6_addr[9] == 0 && (a)->s6_addr[10] == 0xff && (a)->s6_addr[11] == 0xff)

#ifdef __cplusplus
extern "C" {
#endif

extern const struct in6_addr in6addr_any, in6addr_loopback;

__UINT32_TYPE__ htonl(__UINT32_TYPE__ __v);
__UINT16_TYPE__ htons(__UINT16_TYPE__ __v);
__UINT32_TYPE__ ntohl(__UINT32_TYPE__ __v);
__UINT16_TYPE__ ntohs(__UINT16_TYPE__ __v);

#ifdef __cplusplus
}
#endif

#endif
