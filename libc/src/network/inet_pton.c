#include <arpa/inet.h>
#include <errno.h>
#include <string.h>

#include "w64_errno.h"

/* Four decimal parts 0-255, no leading zeros, nothing else (POSIX's
 * dotted-decimal form only, unlike inet_aton).  Returns 1 or 0. */
static int parse4(const char *s, unsigned char out[4])
{
	for (int i = 0; i < 4; i++) {
		if (*s < '0' || *s > '9')
			return 0;
		unsigned v = 0;
		const char *start = s;
		while (*s >= '0' && *s <= '9') {
			if (s > start && *start == '0')
				return 0;
			v = v * 10 + (unsigned)(*s++ - '0');
			if (v > 255)
				return 0;
		}
		out[i] = (unsigned char)v;
		if (i < 3 && *s++ != '.')
			return 0;
	}
	return *s == '\0';
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* RFC 4291's text forms: eight groups of 1-4 hex digits, one "::" for a
 * run of zero groups, and the last 32 bits as dotted decimal. */
static int parse6(const char *s, unsigned char out[16])
{
	unsigned char buf[16];
	int n = 0, gap = -1; /* bytes written; where "::" stands */

	if (*s == ':') {
		if (*++s != ':')
			return 0;
	}
	const char *group = s;
	while (*s != '\0') {
		if (*s == ':') {
			if (s == group) { /* "::" */
				if (gap >= 0)
					return 0;
				gap = n;
				group = ++s;
				continue;
			}
			return 0;
		}
		int v = 0, digits = 0;
		while (hexval(*s) >= 0) {
			if (++digits > 4)
				return 0;
			v = v * 16 + hexval(*s++);
		}
		if (*s == '.') {
			if (n > 12 || !parse4(group, buf + n))
				return 0;
			n += 4;
			break;
		}
		if (digits == 0 || n > 14)
			return 0;
		buf[n++] = (unsigned char)(v >> 8);
		buf[n++] = (unsigned char)v;
		if (*s == ':') {
			s++;
			if (*s == '\0')
				return 0;
			group = s;
		}
	}
	if (gap >= 0) {
		if (n == 16)
			return 0;
		memset(out, 0, 16);
		memcpy(out, buf, (size_t)gap);
		memcpy(out + 16 - (n - gap), buf + gap, (size_t)(n - gap));
		return 1;
	}
	if (n != 16)
		return 0;
	memcpy(out, buf, 16);
	return 1;
}

int inet_pton(int af, const char *restrict src, void *restrict dst)
{
	unsigned char a[16];
	if (af == AF_INET) {
		if (!parse4(src, a))
			return 0;
		memcpy(dst, a, 4);
		return 1;
	}
	if (af == AF_INET6) {
		if (!parse6(src, a))
			return 0;
		memcpy(dst, a, 16);
		return 1;
	}
	return __w64_set_errno(EAFNOSUPPORT);
}
