#include <arpa/inet.h>
#include <stddef.h>
#include <ctype.h>
#include <stdint.h>

/*
 * The classic forms, as glibc reads them: a, a.b, a.b.c or a.b.c.d,
 * each part decimal, octal (leading 0) or hex (0x); the last part fills
 * the bytes the others left ("0x" needs a digit after it).  The address may be followed by white
 * space and then anything.  Returns 1, or 0 when cp is not an address.
 */
int inet_aton(const char *cp, struct in_addr *inp)
{
	uint32_t parts[4];
	int n = 0;
	const unsigned char *s = (const unsigned char *)cp;

	for (;;) {
		if (!isdigit(*s))
			return 0;
		uint64_t v = 0;
		int base = 10;
		if (*s == '0') {
			base = 8;
			s++;
			if (*s == 'x' || *s == 'X') {
				base = 16;
				s++;
				if (!isxdigit(*s))
					return 0; /* "0x" alone is no number */
			}
		}
		for (;; s++) {
			int d;
			if (isdigit(*s) && (base != 8 || *s < '8'))
				d = *s - '0';
			else if (base == 16 && isxdigit(*s))
				d = (*s | 0x20) - 'a' + 10;
			else
				break;
			v = v * (unsigned)base + (unsigned)d;
			if (v > UINT32_MAX)
				return 0;
		}
		if (n == 4)
			return 0;
		parts[n++] = (uint32_t)v;
		if (*s != '.')
			break;
		s++;
	}
	if (*s != '\0' && !isspace(*s))
		return 0;
	uint32_t addr = parts[n - 1];
	uint32_t last_max = n == 1 ? UINT32_MAX : UINT32_MAX >> (8 * (n - 1));
	if (addr > last_max)
		return 0;
	for (int i = 0; i < n - 1; i++) {
		if (parts[i] > 0xff)
			return 0;
		addr |= parts[i] << (24 - 8 * i);
	}
	if (inp != NULL)
		inp->s_addr = htonl(addr);
	return 1;
}
