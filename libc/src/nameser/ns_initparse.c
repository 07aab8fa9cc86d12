#include <errno.h>
#include <stddef.h>

#include "w64_errno.h"
#include "w64_nameser.h"

/* The header, then each section's start: the sections must fill the
 * message exactly. */
int ns_initparse(const unsigned char *msg, int len, ns_msg *handle)
{
	if (len < NS_HFIXEDSZ)
		return __w64_set_errno(EMSGSIZE);
	handle->_msg = msg;
	handle->_eom = msg + len;
	handle->_id = (uint16_t)ns_get16(msg);
	handle->_flags = (uint16_t)ns_get16(msg + 2);
	const unsigned char *p = msg + NS_HFIXEDSZ;
	for (int i = 0; i < ns_s_max; i++) {
		handle->_counts[i] = (uint16_t)ns_get16(msg + 4 + 2 * i);
		handle->_sections[i] = handle->_counts[i] != 0 ? p : NULL;
		int n = ns_skiprr(p, handle->_eom, (ns_sect)i, handle->_counts[i]);
		if (n < 0)
			return -1;
		p += n;
	}
	if (p != handle->_eom)
		return __w64_set_errno(EMSGSIZE);
	__w64_ns_setsection(handle, ns_s_max);
	return 0;
}
