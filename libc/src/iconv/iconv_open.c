#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "w64_errno.h"
#include "w64_iconv.h"

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define HOST_ORDER W64_ORDER_LE
#else
#define HOST_ORDER W64_ORDER_BE
#endif

/*
 * The names, as they compare: upper case, and only letters and digits,
 * so that "utf8", "UTF-8" and "Utf_8" are one name.  The aliases are
 * the usual ones (IANA's, and glibc's for the UCS forms): UCS-2 is in
 * the machine's byte order as in glibc, UCS-4 big-endian, WCHAR_T
 * wchar_t's own representation.
 */
static const struct {
	char name[16];
	unsigned char cs, order;
} names[] = {
	{"UTF8", W64_CS_UTF8, 0},
	{"UTF16", W64_CS_UTF16, W64_ORDER_BOM},
	{"UTF16LE", W64_CS_UTF16, W64_ORDER_LE},
	{"UTF16BE", W64_CS_UTF16, W64_ORDER_BE},
	{"UTF32", W64_CS_UTF32, W64_ORDER_BOM},
	{"UTF32LE", W64_CS_UTF32, W64_ORDER_LE},
	{"UTF32BE", W64_CS_UTF32, W64_ORDER_BE},
	{"UCS2", W64_CS_UCS2, HOST_ORDER},
	{"ISO10646UCS2", W64_CS_UCS2, HOST_ORDER},
	{"CSUNICODE", W64_CS_UCS2, HOST_ORDER},
	{"UCS2LE", W64_CS_UCS2, W64_ORDER_LE},
	{"UNICODELITTLE", W64_CS_UCS2, W64_ORDER_LE},
	{"UCS2BE", W64_CS_UCS2, W64_ORDER_BE},
	{"UNICODEBIG", W64_CS_UCS2, W64_ORDER_BE},
	{"UCS4", W64_CS_UTF32, W64_ORDER_BE},
	{"ISO10646UCS4", W64_CS_UTF32, W64_ORDER_BE},
	{"CSUCS4", W64_CS_UTF32, W64_ORDER_BE},
	{"1064611993", W64_CS_UTF32, W64_ORDER_BE},
	{"UCS4BE", W64_CS_UTF32, W64_ORDER_BE},
	{"UCS4LE", W64_CS_UTF32, W64_ORDER_LE},
	{"WCHART", W64_CS_UTF32, HOST_ORDER},
	{"ISO88591", W64_CS_LATIN1, 0},
	{"ISO885911987", W64_CS_LATIN1, 0},
	{"LATIN1", W64_CS_LATIN1, 0},
	{"L1", W64_CS_LATIN1, 0},
	{"ISOIR100", W64_CS_LATIN1, 0},
	{"CP819", W64_CS_LATIN1, 0},
	{"IBM819", W64_CS_LATIN1, 0},
	{"CSISOLATIN1", W64_CS_LATIN1, 0},
	{"ASCII", W64_CS_ASCII, 0},
	{"USASCII", W64_CS_ASCII, 0},
	{"US", W64_CS_ASCII, 0},
	{"ANSIX341968", W64_CS_ASCII, 0},
	{"ANSIX341986", W64_CS_ASCII, 0},
	{"ISO646US", W64_CS_ASCII, 0},
	{"ISO646IRV1991", W64_CS_ASCII, 0},
	{"ISOIR6", W64_CS_ASCII, 0},
	{"IBM367", W64_CS_ASCII, 0},
	{"CP367", W64_CS_ASCII, 0},
	{"CSASCII", W64_CS_ASCII, 0},
};

/* Looks a name up, up to a "//" that starts its suffixes; the empty name
 * is the current locale's encoding (glibc's reading).  Returns 0 when
 * found. */
static int lookup(const char *s, unsigned char *cs, unsigned char *order)
{
	char key[sizeof names[0].name];
	size_t n = 0;
	for (; *s != '\0' && !(s[0] == '/' && s[1] == '/'); s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		else if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9'))
			continue;
		if (n == sizeof key - 1)
			return -1;
		key[n++] = (char)c;
	}
	key[n] = '\0';
	if (n == 0 && *s == '\0') {
		*cs = MB_CUR_MAX > 1 ? W64_CS_UTF8 : W64_CS_ASCII;
		*order = 0;
		return 0;
	}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(key, names[i].name) == 0) {
			*cs = names[i].cs;
			*order = names[i].order;
			return 0;
		}
	}
	return -1;
}

/* The suffixes glibc reads after the target's name: "//TRANSLIT",
 * "//IGNORE", both, in either order, also joined by a comma.  Others
 * are passed over, as glibc does. */
static unsigned suffixes(const char *s)
{
	unsigned flags = 0;
	const char *p = strstr(s, "//");
	if (p == NULL)
		return 0;
	while (*p != '\0') {
		p += strspn(p, "/,");
		size_t len = strcspn(p, "/,");
		if (len == 8 && strncasecmp(p, "TRANSLIT", 8) == 0)
			flags |= W64_ICONV_TRANSLIT;
		else if (len == 6 && strncasecmp(p, "IGNORE", 6) == 0)
			flags |= W64_ICONV_IGNORE;
		p += len;
	}
	return flags;
}

iconv_t iconv_open(const char *to, const char *from)
{
	struct __w64_iconv cd = {0};
	if (lookup(to, &cd.to, &cd.to_order) != 0 || lookup(from, &cd.from, &cd.from_order) != 0) {
		__w64_set_errno(EINVAL);
		return (iconv_t)-1;
	}
	cd.flags = (unsigned char)suffixes(to);
	cd.in_order = W64_ORDER_LE;
	cd.mark_next = 1;
	struct __w64_iconv *p = malloc(sizeof *p);
	if (p == NULL)
		return (iconv_t)-1;
	*p = cd;
	return p;
}
