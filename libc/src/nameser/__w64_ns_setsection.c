#include <stddef.h>

#include "w64_nameser.h"

void __w64_ns_setsection(ns_msg *handle, ns_sect section)
{
	handle->_sect = section;
	if (section == ns_s_max) {
		handle->_rrnum = -1;
		handle->_msg_ptr = NULL;
	} else {
		handle->_rrnum = 0;
		handle->_msg_ptr = handle->_sections[section];
	}
}
