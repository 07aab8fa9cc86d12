/* netinet/in_systm.h: the network-order integer types of the old BSD
 * headers (netinet/ip.h and netinet/ip_icmp.h use them). */
#ifndef _NETINET_IN_SYSTM_H
#define _NETINET_IN_SYSTM_H

#include <stdint.h>

typedef uint16_t n_short;
typedef uint32_t n_long;
typedef uint32_t n_time; /* milliseconds since midnight UTC */

#endif
