#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#define __need_size_t
#include <stddef.h>

#include <bits/types.h>

#ifndef __w64_defined_ssize_t
#define __w64_defined_ssize_t
typedef __w64_ssize_t ssize_t;
#endif

#ifndef __w64_defined_off_t
#define __w64_defined_off_t
typedef __w64_off_t off_t;
#endif

#ifndef __w64_defined_pid_t
#define __w64_defined_pid_t
typedef __w64_pid_t pid_t;
#endif

#ifndef __w64_defined_uid_t
#define __w64_defined_uid_t
typedef __w64_uid_t uid_t;
#endif

#ifndef __w64_defined_gid_t
#define __w64_defined_gid_t
typedef __w64_gid_t gid_t;
#endif

#ifndef __w64_defined_id_t
#define __w64_defined_id_t
typedef __w64_id_t id_t;
#endif

#ifndef __w64_defined_mode_t
#define __w64_defined_mode_t
typedef __w64_mode_t mode_t;
#endif

#ifndef __w64_defined_dev_t
#define __w64_defined_dev_t
typedef __w64_dev_t dev_t;
#endif

#ifndef __w64_defined_ino_t
#define __w64_defined_ino_t
typedef __w64_ino_t ino_t;
#endif

#ifndef __w64_defined_nlink_t
#define __w64_defined_nlink_t
typedef __w64_nlink_t nlink_t;
#endif

#ifndef __w64_defined_blksize_t
#define __w64_defined_blksize_t
typedef __w64_blksize_t blksize_t;
#endif

#ifndef __w64_defined_blkcnt_t
#define __w64_defined_blkcnt_t
typedef __w64_blkcnt_t blkcnt_t;
#endif

#ifndef __w64_defined_time_t
#define __w64_defined_time_t
typedef __w64_time_t time_t;
#endif

#ifndef __w64_defined_clock_t
#define __w64_defined_clock_t
typedef __w64_clock_t clock_t;
#endif

#ifndef __w64_defined_clockid_t
#define __w64_defined_clockid_t
typedef __w64_clockid_t clockid_t;
#endif

#ifndef __w64_defined_suseconds_t
#define __w64_defined_suseconds_t
typedef __w64_suseconds_t suseconds_t;
#endif

#endif
