/*
 * Every type that several public headers publish, each written once
 * (musl's scheme).  A header defines __NEED_<type> for each type it must
 * make visible, then includes this file; each type is defined the first
 * time any header needs it.  No include guard: each header includes it
 * with its own needs.  The widths are in bits/types.h.
 */
#include <bits/types.h>

/* Locales and wide characters (locale.h, wchar.h, wctype.h, uchar.h and
 * the headers with *_l functions). */
#if defined(__NEED_locale_t) && !defined(__DEFINED_locale_t)
typedef struct __locale_struct *locale_t;
#define __DEFINED_locale_t
#endif

#if defined(__NEED_mbstate_t) && !defined(__DEFINED_mbstate_t)
/* Where a conversion is inside a multibyte character: zero-initialised
 * means the initial state. */
typedef struct {
	unsigned __need;  /* bytes still to come */
	unsigned __value; /* the bits so far, and the sequence's length */
} mbstate_t;
#define __DEFINED_mbstate_t
#endif

#if defined(__NEED_nl_item) && !defined(__DEFINED_nl_item)
typedef int nl_item;
#define __DEFINED_nl_item
#endif

#if defined(__NEED_wctype_t) && !defined(__DEFINED_wctype_t)
typedef unsigned long wctype_t;
#define __DEFINED_wctype_t
#endif

#if defined(__NEED_wctrans_t) && !defined(__DEFINED_wctrans_t)
typedef const int *wctrans_t;
#define __DEFINED_wctrans_t
#endif

#if defined(__NEED_FILE) && !defined(__DEFINED_FILE)
typedef struct __w64_file FILE;
#define __DEFINED_FILE
#endif

#if defined(__NEED_ssize_t) && !defined(__DEFINED_ssize_t)
typedef __w64_ssize_t ssize_t;
#define __DEFINED_ssize_t
#endif

#if defined(__NEED_off_t) && !defined(__DEFINED_off_t)
typedef __w64_off_t off_t;
#define __DEFINED_off_t
#endif

#if defined(__NEED_pid_t) && !defined(__DEFINED_pid_t)
typedef __w64_pid_t pid_t;
#define __DEFINED_pid_t
#endif

#if defined(__NEED_uid_t) && !defined(__DEFINED_uid_t)
typedef __w64_uid_t uid_t;
#define __DEFINED_uid_t
#endif

#if defined(__NEED_gid_t) && !defined(__DEFINED_gid_t)
typedef __w64_gid_t gid_t;
#define __DEFINED_gid_t
#endif

#if defined(__NEED_id_t) && !defined(__DEFINED_id_t)
typedef __w64_id_t id_t;
#define __DEFINED_id_t
#endif

#if defined(__NEED_mode_t) && !defined(__DEFINED_mode_t)
typedef __w64_mode_t mode_t;
#define __DEFINED_mode_t
#endif

#if defined(__NEED_dev_t) && !defined(__DEFINED_dev_t)
typedef __w64_dev_t dev_t;
#define __DEFINED_dev_t
#endif

#if defined(__NEED_ino_t) && !defined(__DEFINED_ino_t)
typedef __w64_ino_t ino_t;
#define __DEFINED_ino_t
#endif

#if defined(__NEED_nlink_t) && !defined(__DEFINED_nlink_t)
typedef __w64_nlink_t nlink_t;
#define __DEFINED_nlink_t
#endif

#if defined(__NEED_blksize_t) && !defined(__DEFINED_blksize_t)
typedef __w64_blksize_t blksize_t;
#define __DEFINED_blksize_t
#endif

#if defined(__NEED_blkcnt_t) && !defined(__DEFINED_blkcnt_t)
typedef __w64_blkcnt_t blkcnt_t;
#define __DEFINED_blkcnt_t
#endif

#if defined(__NEED_time_t) && !defined(__DEFINED_time_t)
typedef __w64_time_t time_t;
#define __DEFINED_time_t
#endif

#if defined(__NEED_clock_t) && !defined(__DEFINED_clock_t)
typedef __w64_clock_t clock_t;
#define __DEFINED_clock_t
#endif

#if defined(__NEED_clockid_t) && !defined(__DEFINED_clockid_t)
typedef __w64_clockid_t clockid_t;
#define __DEFINED_clockid_t
#endif

#if defined(__NEED_suseconds_t) && !defined(__DEFINED_suseconds_t)
typedef __w64_suseconds_t suseconds_t;
#define __DEFINED_suseconds_t
#endif

#if defined(__NEED_useconds_t) && !defined(__DEFINED_useconds_t)
typedef unsigned int useconds_t;
#define __DEFINED_useconds_t
#endif

#if defined(__NEED_struct_timespec) && !defined(__DEFINED_struct_timespec)
struct timespec {
	__w64_time_t tv_sec;
	long tv_nsec;
};
#define __DEFINED_struct_timespec
#endif

#if defined(__NEED_struct_iovec) && !defined(__DEFINED_struct_iovec)
/* The layout of WASI's iovec: a buffer and its length. */
struct iovec {
	void *iov_base;
	__SIZE_TYPE__ iov_len;
};
#define __DEFINED_struct_iovec
#endif

#if defined(__NEED_struct_timeval) && !defined(__DEFINED_struct_timeval)
struct timeval {
	__w64_time_t tv_sec;
	__w64_suseconds_t tv_usec;
};
#define __DEFINED_struct_timeval
#endif

#if defined(__NEED_socklen_t) && !defined(__DEFINED_socklen_t)
typedef unsigned int socklen_t;
#define __DEFINED_socklen_t
#endif

#if defined(__NEED_sa_family_t) && !defined(__DEFINED_sa_family_t)
typedef unsigned short sa_family_t;
#define __DEFINED_sa_family_t
#endif

#if defined(__NEED_in_addr_t) && !defined(__DEFINED_in_addr_t)
typedef __UINT32_TYPE__ in_addr_t;
#define __DEFINED_in_addr_t
#endif

#if defined(__NEED_in_port_t) && !defined(__DEFINED_in_port_t)
typedef __UINT16_TYPE__ in_port_t;
#define __DEFINED_in_port_t
#endif

#if defined(__NEED_struct_in_addr) && !defined(__DEFINED_struct_in_addr)
struct in_addr {
	in_addr_t s_addr;
};
#define __DEFINED_struct_in_addr
#endif

#if defined(__NEED_sigset_t) && !defined(__DEFINED_sigset_t)
typedef struct {
	unsigned long long __bits;
} sigset_t;
#define __DEFINED_sigset_t
#endif
