/*
 * Reserved-name spellings of the POSIX integer types.
 *
 * Several public headers must each make some of these types visible
 * (unistd.h: ssize_t, off_t, pid_t…; sys/types.h: all of them).  The widths
 * live here, once, under names no program may use; every public header then
 * publishes the public name under a per-type guard, so including any mix of
 * headers defines each typedef exactly once.
 *
 * The choices follow the LP64 Unix ABI (glibc and musl on x86_64/aarch64), so
 * code ported from 64-bit Linux sees the same types and printf formats.  Each
 * is at least as wide as the WASI type it carries (filesize, inode, device,
 * linkcount and timestamp are all 64-bit in WASI).
 */
#ifndef _BITS_TYPES_H
#define _BITS_TYPES_H

/*
 * wasm64 is LP64.  The same headers also serve a wasm32 (ILP32) build of
 * the libc (`make sysroot32`, for comparing the two widths): pointers,
 * size_t, ssize_t and long are 32-bit there, while file sizes, offsets,
 * inodes and times stay 64-bit (as with _FILE_OFFSET_BITS=64 and 64-bit
 * time_t elsewhere).  Any other target is refused rather than miscompiled.
 */
#if __SIZEOF_POINTER__ == 8 && __SIZEOF_LONG__ == 8
typedef long __w64_i64;
typedef unsigned long __w64_u64;
#elif defined(__wasm32__)
typedef long long __w64_i64;
typedef unsigned long long __w64_u64;
#else
#error "this C library is for wasm64 (LP64) or wasm32 (ILP32); compile with --target=wasm64"
#endif

typedef long __w64_ssize_t;          /* signed counterpart of size_t */
typedef __w64_i64 __w64_off_t;       /* WASI filesize / filedelta */
typedef __w64_u64 __w64_dev_t;       /* WASI device */
typedef __w64_u64 __w64_ino_t;       /* WASI inode */
typedef __w64_u64 __w64_nlink_t;     /* WASI linkcount */
typedef unsigned int __w64_mode_t;
typedef int __w64_pid_t;
typedef unsigned int __w64_uid_t;
typedef unsigned int __w64_gid_t;
typedef unsigned int __w64_id_t;     /* holds any pid_t, uid_t or gid_t */
typedef long __w64_blksize_t;
typedef __w64_i64 __w64_blkcnt_t;
typedef __w64_i64 __w64_time_t;      /* seconds; WASI timestamps are u64 ns */
typedef long __w64_clock_t;
typedef long __w64_suseconds_t;
typedef int __w64_clockid_t;         /* WASI clockid */

#endif
