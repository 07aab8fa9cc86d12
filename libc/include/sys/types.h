#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#define __need_size_t
#include <stddef.h>

#include <bits/types.h>

#define __NEED_ssize_t
#define __NEED_off_t
#define __NEED_pid_t
#define __NEED_uid_t
#define __NEED_gid_t
#define __NEED_id_t
#define __NEED_mode_t
#define __NEED_dev_t
#define __NEED_ino_t
#define __NEED_nlink_t
#define __NEED_blksize_t
#define __NEED_blkcnt_t
#define __NEED_time_t
#define __NEED_clock_t
#define __NEED_clockid_t
#define __NEED_suseconds_t
#include <bits/alltypes.h>

#endif
