#include <errno.h>

#include "w64_errno.h"
#include "w64_nameser.h"

/* The bytes `count` questions or records take from ptr, or -1 with
 * EMSGSIZE when they run past eom. */
int ns_skiprr(const unsigned char *ptr, const unsigned char *eom, ns_sect section, int count)
{
	const unsigned char *p = ptr;
	for (; count > 0; count--) {
		int n = __w64_ns_skipname(p, eom);
		if (n < 0)
			return -1;
		p += n;
		size_t fixed = section == ns_s_qd ? NS_QFIXEDSZ : NS_RRFIXEDSZ;
		if ((size_t)(eom - p) < fixed)
			return __w64_set_errno(EMSGSIZE);
		if (section != ns_s_qd) {
			size_t rdlength = ns_get16(p + 8);
			if ((size_t)(eom - p) - fixed < rdlength)
				return __w64_set_errno(EMSGSIZE);
			fixed += rdlength;
		}
		p += fixed;
	}
	return (int)(p - ptr);
}
