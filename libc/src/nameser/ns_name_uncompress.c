#include <errno.h>

#include "w64_errno.h"
#include "w64_nameser.h"

/* Appends c to the text name, escaped as in a zone file: the characters
 * that mean something there as \c, the others outside printable ASCII
 * as \DDD.  0, or -1 when dst is full. */
static int put(char *dst, size_t size, size_t *at, unsigned char c)
{
	char tmp[4];
	size_t n = 0;
	if (c == '.' || c == '\\' || c == '"' || c == ';' || c == '(' || c == ')' || c == '@' ||
	    c == '$') {
		tmp[n++] = '\\';
		tmp[n++] = (char)c;
	} else if (c <= 0x20 || c >= 0x7f) {
		tmp[n++] = '\\';
		tmp[n++] = (char)('0' + c / 100);
		tmp[n++] = (char)('0' + c / 10 % 10);
		tmp[n++] = (char)('0' + c % 10);
	} else {
		tmp[n++] = (char)c;
	}
	if (size - *at < n + 1)
		return -1;
	for (size_t i = 0; i < n; i++)
		dst[(*at)++] = tmp[i];
	return 0;
}

/*
 * The name at src, following compression pointers within [msg, eom), as
 * text ("www.example.org", "." for the root).  Returns the bytes the name
 * takes at src, or -1 with EMSGSIZE (a name that runs past eom, longer
 * than 255 bytes, with a pointer loop, or too long for dst).
 */
int ns_name_uncompress(const unsigned char *msg, const unsigned char *eom, const unsigned char *src,
		       char *dst, size_t dstsiz)
{
	const unsigned char *p = src;
	int consumed = -1;
	size_t at = 0, wire = 0;
	long hops = 0;

	if (dstsiz == 0)
		return __w64_set_errno(EMSGSIZE);
	while (p >= msg && p < eom) {
		unsigned len = *p;
		if ((len & NS_CMPRSFLGS) == NS_CMPRSFLGS) {
			if (eom - p < 2 || ++hops > eom - msg)
				break;
			if (consumed < 0)
				consumed = (int)(p + 2 - src);
			p = msg + ((len & 0x3f) << 8 | p[1]);
			continue;
		}
		if (len & NS_CMPRSFLGS)
			break;
		wire += len + 1;
		if (wire > NS_MAXCDNAME || (unsigned long)(eom - p) < len + 1u)
			break;
		if (len == 0) {
			if (at == 0)
				dst[at++] = '.';
			if (at >= dstsiz)
				break;
			dst[at] = '\0';
			return consumed >= 0 ? consumed : (int)(p + 1 - src);
		}
		if (at > 0) {
			if (dstsiz - at < 2)
				break;
			dst[at++] = '.';
		}
		for (unsigned i = 1; i <= len; i++)
			if (put(dst, dstsiz, &at, p[i]) != 0)
				return __w64_set_errno(EMSGSIZE);
		p += len + 1;
	}
	return __w64_set_errno(EMSGSIZE);
}
