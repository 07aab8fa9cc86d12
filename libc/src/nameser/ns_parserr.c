#include <errno.h>
#include <stddef.h>

#include "w64_errno.h"
#include "w64_nameser.h"

/* Record rrnum of a section (-1: the next one), read from where the
 * parser is when it can go forward, from the section's start otherwise. */
int ns_parserr(ns_msg *handle, ns_sect section, int rrnum, ns_rr *rr)
{
	if ((int)section < 0 || section >= ns_s_max)
		return __w64_set_errno(ENODEV);
	if (section != handle->_sect)
		__w64_ns_setsection(handle, section);
	if (rrnum == -1)
		rrnum = handle->_rrnum;
	if (rrnum < 0 || rrnum >= handle->_counts[section])
		return __w64_set_errno(ENODEV);
	if (rrnum < handle->_rrnum)
		__w64_ns_setsection(handle, section);
	if (rrnum > handle->_rrnum) {
		int n = ns_skiprr(handle->_msg_ptr, handle->_eom, section, rrnum - handle->_rrnum);
		if (n < 0)
			return -1;
		handle->_msg_ptr += n;
		handle->_rrnum = rrnum;
	}
	const unsigned char *p = handle->_msg_ptr;
	int n = ns_name_uncompress(handle->_msg, handle->_eom, p, rr->name, NS_MAXDNAME);
	if (n < 0)
		return -1;
	p += n;
	size_t fixed = section == ns_s_qd ? NS_QFIXEDSZ : NS_RRFIXEDSZ;
	if ((size_t)(handle->_eom - p) < fixed)
		return __w64_set_errno(EMSGSIZE);
	rr->type = (uint16_t)ns_get16(p);
	rr->rr_class = (uint16_t)ns_get16(p + 2);
	if (section == ns_s_qd) {
		rr->ttl = 0;
		rr->rdlength = 0;
		rr->rdata = NULL;
	} else {
		rr->ttl = (uint32_t)ns_get32(p + 4);
		rr->rdlength = (uint16_t)ns_get16(p + 8);
		rr->rdata = p + fixed;
		if ((size_t)(handle->_eom - p) - fixed < rr->rdlength)
			return __w64_set_errno(EMSGSIZE);
		fixed += rr->rdlength;
	}
	handle->_msg_ptr = p + fixed;
	handle->_rrnum++;
	return 0;
}
