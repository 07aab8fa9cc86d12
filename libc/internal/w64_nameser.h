#ifndef W64_NAMESER_H
#define W64_NAMESER_H

#include <arpa/nameser.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* Points the parser at the start of a section (ns_s_max: none). */
W64_HIDDEN void __w64_ns_setsection(ns_msg *handle, ns_sect section);

/* The length of the compressed name at src (its bytes in place, up to and
 * including its end or first pointer), or -1 with EMSGSIZE. */
W64_HIDDEN int __w64_ns_skipname(const unsigned char *src, const unsigned char *eom);

#undef W64_HIDDEN

#endif
