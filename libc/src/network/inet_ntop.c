#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "w64_errno.h"

/*
 * IPv6 as RFC 5952 (and glibc) write it: lower-case hex without leading
 * zeros, the longest run of two or more zero groups (the first of equal
 * ones) as "::", and an IPv4-compatible or -mapped address with its last
 * 32 bits in dotted decimal.
 */
static int format6(const unsigned char *a, char *out)
{
	unsigned w[8];
	for (int i = 0; i < 8; i++)
		w[i] = (unsigned)a[2 * i] << 8 | a[2 * i + 1];
	int best = -1, best_len = 0;
	for (int i = 0; i < 8;) {
		if (w[i] != 0) {
			i++;
			continue;
		}
		int j = i;
		while (j < 8 && w[j] == 0)
			j++;
		if (j - i > best_len) {
			best = i;
			best_len = j - i;
		}
		i = j;
	}
	if (best_len < 2)
		best = -1;
	int len = 0;
	for (int i = 0; i < 8; i++) {
		if (i == best) {
			out[len++] = ':';
			if (i + best_len == 8)
				out[len++] = ':';
			i += best_len - 1;
			continue;
		}
		if (i > 0)
			out[len++] = ':';
		if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff))) {
			len += sprintf(out + len, "%u.%u.%u.%u", a[12], a[13], a[14], a[15]);
			break;
		}
		len += sprintf(out + len, "%x", w[i]);
	}
	out[len] = '\0';
	return len;
}

const char *inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size)
{
	const unsigned char *a = src;
	char buf[INET6_ADDRSTRLEN];
	int len;
	if (af == AF_INET)
		len = sprintf(buf, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
	else if (af == AF_INET6)
		len = format6(a, buf);
	else {
		__w64_set_errno(EAFNOSUPPORT);
		return NULL;
	}
	if ((socklen_t)len >= size) {
		__w64_set_errno(ENOSPC);
		return NULL;
	}
	memcpy(dst, buf, (size_t)len + 1);
	return dst;
}
