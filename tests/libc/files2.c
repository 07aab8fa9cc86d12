/*
 * More of the file interface through preopens: hard links, truncate,
 * times, modes and owners as WASI leaves them, record locks, pathconf,
 * opendirat/scandir/versionsort, nftw and ftw, realpath, and readv/writev
 * with partial transfers.
 *
 * Run by tests/39-libc-files2.bats over a fixture it makes: /work
 * (writable; holds `noread`, a directory nobody may read, and the symlink
 * `escape` -> ../outside/secret.txt) and /ro (data.txt).  It runs as an
 * unprivileged user, so file permissions apply.  In wasm the host's
 * sandbox is checked too; the native build (no sandbox) skips that.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include "check.h"

static int put_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, text, strlen(text));
	close(fd);
	return n == (ssize_t)strlen(text) ? 0 : -1;
}

static off_t size_of(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? st.st_size : -1;
}

static void test_link(void)
{
	struct stat a, b;

	CHECK(put_file("/work/l1", "linked") == 0);
	CHECK(link("/work/l1", "/work/l2") == 0);
	CHECK(stat("/work/l1", &a) == 0 && stat("/work/l2", &b) == 0);
	CHECK(a.st_ino == b.st_ino && a.st_dev == b.st_dev && a.st_nlink == 2);
	CHECK(put_file("/work/l2", "changed!") == 0 && size_of("/work/l1") == 8);
	errno = 0;
	CHECK(link("/work/l1", "/work/l2") == -1 && errno == EEXIST);
	errno = 0;
	CHECK(link("/work/missing", "/work/l3") == -1 && errno == ENOENT);
	errno = 0;
	CHECK(link("/work/l1", "/nowhere/l3") == -1 && errno == ENOTCAPABLE);
	errno = 0;
	CHECK(linkat(AT_FDCWD, "/work/l1", AT_FDCWD, "/work/l3", 0x100) == -1 && errno == EINVAL);

	/* A symbolic link as the source: followed only when asked. */
	CHECK(symlink("l1", "/work/sl") == 0);
	CHECK(linkat(AT_FDCWD, "/work/sl", AT_FDCWD, "/work/hard-to-link", 0) == 0);
	CHECK(lstat("/work/hard-to-link", &a) == 0 && S_ISLNK(a.st_mode));
	CHECK(linkat(AT_FDCWD, "/work/sl", AT_FDCWD, "/work/hard-to-file", AT_SYMLINK_FOLLOW) == 0);
	CHECK(lstat("/work/hard-to-file", &a) == 0 && S_ISREG(a.st_mode) && a.st_nlink == 3);

	/* Relative to a directory descriptor, and through chdir. */
	int dir = open("/work", O_RDONLY | O_DIRECTORY);
	CHECK(dir >= 0);
	CHECK(linkat(dir, "l1", dir, "l4", 0) == 0 && size_of("/work/l4") == 8);
	CHECK(chdir("/work") == 0 && link("l4", "l5") == 0 && size_of("/work/l5") == 8);
	CHECK(chdir("/") == 0);
	close(dir);
	for (const char *const *p = (const char *const[]){"l1", "l2", "l4", "l5", "sl", "hard-to-link",
							     "hard-to-file", NULL};
	     *p != NULL; p++) {
		char path[64];
		snprintf(path, sizeof path, "/work/%s", *p);
		CHECK(unlink(path) == 0);
	}
}

static void test_sizes(void)
{
	CHECK(put_file("/work/t", "0123456789") == 0);
	CHECK(truncate("/work/t", 4) == 0 && size_of("/work/t") == 4);
	CHECK(truncate("/work/t", 100000) == 0 && size_of("/work/t") == 100000);
	errno = 0;
	CHECK(truncate("/work/t", -1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(truncate("/work/nothing", 0) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(truncate("/work", 0) == -1 && errno == EISDIR);
	errno = 0;
	CHECK(truncate("/ro/data.txt", 0) == -1 && errno == EACCES);

	int fd = open("/work/t", O_RDWR);
	CHECK(fd >= 0);
	CHECK(fdatasync(fd) == 0 && fsync(fd) == 0);
	/* posix_fadvise and posix_fallocate return the error; errno stays. */
	errno = 0;
	CHECK(posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL) == 0);
	CHECK(posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0);
	CHECK(posix_fadvise(fd, 0, 0, 99) == EINVAL);
	CHECK(posix_fadvise(fd, -1, 0, POSIX_FADV_NORMAL) == EINVAL);
	CHECK(posix_fadvise(99, 0, 0, POSIX_FADV_NORMAL) == EBADF);
	CHECK(posix_fallocate(fd, 0, 10) == 0 && size_of("/work/t") == 100000);
	CHECK(posix_fallocate(fd, 200000, 1000) == 0 && size_of("/work/t") == 201000);
	CHECK(posix_fallocate(fd, 0, 0) == EINVAL);
	CHECK(posix_fallocate(fd, -5, 10) == EINVAL);
	CHECK(posix_fallocate(99, 0, 10) == EBADF);
	CHECK(errno == 0);
	close(fd);
	errno = 0;
	CHECK(fdatasync(fd) == -1 && errno == EBADF);

	fd = creat64("/work/t", 0644);
	CHECK(fd >= 0 && size_of("/work/t") == 0);
	close(fd);
	CHECK(unlink("/work/t") == 0);
}

static int times_are(const char *path, time_t atime, long ansec, time_t mtime, long mnsec)
{
	struct stat st;
	return stat(path, &st) == 0 && st.st_atim.tv_sec == atime && st.st_atim.tv_nsec == ansec &&
	       st.st_mtim.tv_sec == mtime && st.st_mtim.tv_nsec == mnsec;
}

static void test_times(void)
{
	struct stat st;

	CHECK(put_file("/work/tm", "x") == 0);
	struct utimbuf ub = {.actime = 1000000000, .modtime = 1234567890};
	CHECK(utime("/work/tm", &ub) == 0 && times_are("/work/tm", 1000000000, 0, 1234567890, 0));
	struct timeval tv[2] = {{.tv_sec = 1500000000, .tv_usec = 250000},
				{.tv_sec = 1600000000, .tv_usec = 999999}};
	CHECK(utimes("/work/tm", tv) == 0);
	CHECK(times_are("/work/tm", 1500000000, 250000000, 1600000000, 999999000));
	tv[0].tv_usec = 1000000;
	errno = 0;
	CHECK(utimes("/work/tm", tv) == -1 && errno == EINVAL);

	struct timespec ts[2] = {{.tv_sec = 1700000000, .tv_nsec = 123456789},
				 {.tv_sec = 0, .tv_nsec = UTIME_OMIT}};
	CHECK(utimensat(AT_FDCWD, "/work/tm", ts, 0) == 0);
	CHECK(times_are("/work/tm", 1700000000, 123456789, 1600000000, 999999000));
	ts[0].tv_nsec = UTIME_OMIT;
	ts[1] = (struct timespec){.tv_sec = 42, .tv_nsec = 7};
	int fd = open("/work/tm", O_RDONLY);
	CHECK(futimens(fd, ts) == 0 && times_are("/work/tm", 1700000000, 123456789, 42, 7));
	ts[1].tv_nsec = 1000000000;
	errno = 0;
	CHECK(futimens(fd, ts) == -1 && errno == EINVAL);
	ts[1] = (struct timespec){.tv_sec = -1, .tv_nsec = 0}; /* before 1970: WASI has no such time */
	errno = 0;
	CHECK(futimens(fd, ts) == -1 && errno == EINVAL);

	/* Now: NULL, UTIME_NOW, utime(NULL). */
	time_t before = time(NULL);
	CHECK(futimens(fd, NULL) == 0);
	CHECK(fstat(fd, &st) == 0 && st.st_mtime >= before - 1 && st.st_mtime <= time(NULL) + 1);
	CHECK(st.st_atime >= before - 1);
	CHECK(utime("/work/tm", &ub) == 0);
	ts[0] = (struct timespec){.tv_nsec = UTIME_NOW};
	ts[1] = (struct timespec){.tv_nsec = UTIME_OMIT};
	CHECK(utimensat(AT_FDCWD, "/work/tm", ts, 0) == 0);
	CHECK(stat("/work/tm", &st) == 0 && st.st_atime >= before - 1 && st.st_mtime == 1234567890);
	CHECK(utime("/work/tm", NULL) == 0 && stat("/work/tm", &st) == 0 && st.st_mtime >= before - 1);
	close(fd);
	errno = 0;
	CHECK(futimens(fd, NULL) == -1 && errno == EBADF);

	/* A link's own times, and a path relative to a directory. */
	CHECK(symlink("tm", "/work/tm-link") == 0);
	ts[0] = (struct timespec){.tv_sec = 5, .tv_nsec = 0};
	ts[1] = (struct timespec){.tv_sec = 6, .tv_nsec = 0};
	CHECK(utimensat(AT_FDCWD, "/work/tm-link", ts, AT_SYMLINK_NOFOLLOW) == 0);
	CHECK(lstat("/work/tm-link", &st) == 0 && st.st_mtime == 6);
	CHECK(stat("/work/tm-link", &st) == 0 && st.st_mtime != 6);
	int dir = open("/work", O_RDONLY | O_DIRECTORY);
	tv[0] = (struct timeval){.tv_sec = 77};
	tv[1] = (struct timeval){.tv_sec = 88};
	CHECK(futimesat(dir, "tm", tv) == 0 && times_are("/work/tm", 77, 0, 88, 0));
	errno = 0;
	CHECK(utimensat(dir, "tm", ts, 0x100) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(utimensat(dir, "no-such", ts, 0) == -1 && errno == ENOENT);
	close(dir);
	CHECK(unlink("/work/tm-link") == 0 && unlink("/work/tm") == 0);
}

static void test_modes(void)
{
	struct stat st;

	CHECK(put_file("/work/m", "m") == 0);
	CHECK(mkdir("/work/md", 0700) == 0);
	CHECK(symlink("m", "/work/m-link") == 0);
	CHECK(stat("/work/m", &st) == 0 && st.st_mode == (S_IFREG | 0644));
	CHECK(stat("/work/md", &st) == 0 && st.st_mode == (S_IFDIR | 0755));
	CHECK(lstat("/work/m-link", &st) == 0 && st.st_mode == (S_IFLNK | 0777));
	/* Every file belongs to the one user the program runs as. */
	uid_t me = getuid();
	gid_t us = getgid();
	CHECK(me != 0 && st.st_uid == me && st.st_gid == us);

	/* chmod: accepted, and nothing changes (there are no bits to set). */
	CHECK(chmod("/work/m", 0600) == 0 && stat("/work/m", &st) == 0 && st.st_mode == (S_IFREG | 0644));
	CHECK(chmod("/work/md", 0) == 0 && chmod("/work/m-link", 0755) == 0);
	errno = 0;
	CHECK(chmod("/work/none", 0644) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(chmod("/elsewhere", 0644) == -1 && errno == ENOTCAPABLE);
	int fd = open("/work/m", O_RDONLY);
	CHECK(fchmod(fd, 0444) == 0);
	CHECK(fchmodat(AT_FDCWD, "/work/m", 0444, AT_SYMLINK_NOFOLLOW) == 0);
	errno = 0;
	CHECK(fchmodat(AT_FDCWD, "/work/m-link", 0444, AT_SYMLINK_NOFOLLOW) == -1 && errno == EOPNOTSUPP);
	errno = 0;
	CHECK(fchmodat(AT_FDCWD, "/work/m", 0444, 0x100) == -1 && errno == EINVAL);

	/* chown: to the owner stat shows (the user's ids), or -1, only. */
	CHECK(chown("/work/m", me, us) == 0 && chown("/work/m", (uid_t)-1, (gid_t)-1) == 0);
	CHECK(fchown(fd, me, (gid_t)-1) == 0 && lchown("/work/m-link", (uid_t)-1, us) == 0);
	errno = 0;
	CHECK(chown("/work/m", 0, (gid_t)-1) == -1 && errno == EPERM);
	errno = 0;
	CHECK(fchown(fd, (uid_t)-1, 100) == -1 && errno == EPERM);
	errno = 0;
	CHECK(fchownat(AT_FDCWD, "/work/m", me, us, 0x100) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(chown("/work/none", me, us) == -1 && errno == ENOENT);
	close(fd);
	errno = 0;
	CHECK(fchmod(fd, 0644) == -1 && errno == EBADF);
	errno = 0;
	CHECK(fchown(fd, 0, 0) == -1 && errno == EBADF);
	CHECK(unlink("/work/m-link") == 0 && unlink("/work/m") == 0 && rmdir("/work/md") == 0);
}

static void test_locks(void)
{
	int rw = open("/work/lock", O_RDWR | O_CREAT, 0644);
	int ro = open("/work/lock", O_RDONLY);
	int wo = open("/work/lock", O_WRONLY);
	CHECK(rw >= 0 && ro >= 0 && wo >= 0);

	struct flock lk = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0};
	CHECK(fcntl(rw, F_SETLK, &lk) == 0 && fcntl(rw, F_SETLKW, &lk) == 0);
	lk.l_type = F_RDLCK;
	CHECK(fcntl(ro, F_SETLK, &lk) == 0);
	/* Nobody else holds a lock: F_GETLK answers F_UNLCK, the rest kept. */
	lk = (struct flock){.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 5, .l_len = 10};
	CHECK(fcntl(ro, F_GETLK, &lk) == 0 && lk.l_type == F_UNLCK && lk.l_start == 5 && lk.l_len == 10);
	lk.l_type = F_UNLCK;
	CHECK(fcntl(rw, F_SETLK, &lk) == 0);
	errno = 0;
	CHECK(fcntl(rw, F_GETLK, &lk) == -1 && errno == EINVAL);
	/* The checks Linux makes. */
	lk = (struct flock){.l_type = F_WRLCK, .l_whence = SEEK_SET};
	errno = 0;
	CHECK(fcntl(ro, F_SETLK, &lk) == -1 && errno == EBADF);
	lk.l_type = F_RDLCK;
	errno = 0;
	CHECK(fcntl(wo, F_SETLKW, &lk) == -1 && errno == EBADF);
	lk.l_type = 7;
	errno = 0;
	CHECK(fcntl(rw, F_SETLK, &lk) == -1 && errno == EINVAL);
	lk = (struct flock){.l_type = F_RDLCK, .l_whence = 9};
	errno = 0;
	CHECK(fcntl(rw, F_SETLK, &lk) == -1 && errno == EINVAL);
	lk = (struct flock){.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = -1};
	errno = 0;
	CHECK(fcntl(rw, F_SETLK, &lk) == -1 && errno == EINVAL);
	lk = (struct flock){.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 4, .l_len = -4};
	CHECK(fcntl(rw, F_SETLK, &lk) == 0);
	lk.l_len = -5;
	errno = 0;
	CHECK(fcntl(rw, F_SETLK, &lk) == -1 && errno == EINVAL);
	CHECK(write(rw, "0123456789", 10) == 10);
	lk = (struct flock){.l_type = F_WRLCK, .l_whence = SEEK_CUR, .l_start = -10};
	CHECK(fcntl(rw, F_SETLK, &lk) == 0);
	lk.l_start = -11;
	errno = 0;
	CHECK(fcntl(rw, F_SETLK, &lk) == -1 && errno == EINVAL);
	lk = (struct flock){.l_type = F_WRLCK, .l_whence = SEEK_END, .l_start = -10, .l_len = 3};
	CHECK(fcntl(rw, F_SETLK, &lk) == 0);

	/* flock: granted to any descriptor, even a second one on the file. */
	CHECK(flock(rw, LOCK_EX) == 0 && flock(ro, LOCK_SH | LOCK_NB) == 0);
	CHECK(flock(wo, LOCK_EX | LOCK_NB) == 0 && flock(rw, LOCK_UN) == 0);
	errno = 0;
	CHECK(flock(rw, LOCK_SH | LOCK_EX) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(flock(rw, 0) == -1 && errno == EINVAL);

	/* lockf: write locks from the current position. */
	CHECK(lseek(rw, 0, SEEK_SET) == 0);
	CHECK(lockf(rw, F_LOCK, 0) == 0 && lockf(rw, F_TLOCK, 5) == 0 && lockf(rw, F_TEST, 0) == 0);
	CHECK(lockf(rw, F_ULOCK, 0) == 0 && lockf(wo, F_LOCK, 1) == 0 && lockf(ro, F_TEST, 0) == 0);
	errno = 0;
	CHECK(lockf(ro, F_LOCK, 0) == -1 && errno == EBADF);
	errno = 0;
	CHECK(lockf(rw, 42, 0) == -1 && errno == EINVAL);

	close(rw);
	close(ro);
	close(wo);
	errno = 0;
	CHECK(flock(rw, LOCK_EX) == -1 && errno == EBADF);
	errno = 0;
	CHECK(lockf(rw, F_TEST, 0) == -1 && errno == EBADF);
	errno = 0;
	CHECK(fcntl(rw, F_GETLK, &lk) == -1 && errno == EBADF);
	CHECK(unlink("/work/lock") == 0);
}

static void test_pathconf(void)
{
	CHECK(pathconf("/work", _PC_NAME_MAX) == NAME_MAX && pathconf("/", _PC_PATH_MAX) == PATH_MAX);
	CHECK(fpathconf(0, _PC_LINK_MAX) == _POSIX_LINK_MAX && fpathconf(1, _PC_PIPE_BUF) == PIPE_BUF);
	CHECK(pathconf("/work", _PC_NO_TRUNC) == 1 && pathconf("/work", _PC_FILESIZEBITS) == 64);
	CHECK(pathconf("/work", _PC_2_SYMLINKS) == 1 && pathconf("/work", _PC_VDISABLE) == 0);
	errno = 0;
	CHECK(pathconf("/work", _PC_SYMLINK_MAX) == -1 && errno == 0); /* no limit */
	errno = 0;
	CHECK(pathconf("/work", 21) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(fpathconf(3, -1) == -1 && errno == EINVAL);
}

/* --- directories ------------------------------------------------------------ */

static int not_dot(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

static int reverse(const struct dirent **a, const struct dirent **b)
{
	return -strcmp((*a)->d_name, (*b)->d_name);
}

static void free_names(struct dirent **list, int n)
{
	for (int i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

static void test_dirs(void)
{
	static const char *const names[] = {"f10", "f2", "f1", "f02", "f010", "a", "f1.10", "f1.9"};
	static const char *const alpha[] = {"a", "f010", "f02", "f1", "f1.10", "f1.9", "f10", "f2"};
	static const char *const version[] = {"a", "f010", "f02", "f1", "f1.9", "f1.10", "f2", "f10"};
	struct dirent **list;
	char path[64];

	CHECK(mkdir("/work/d", 0755) == 0);
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		snprintf(path, sizeof path, "/work/d/%s", names[i]);
		CHECK(put_file(path, names[i]) == 0);
	}
	int n = scandir("/work/d", &list, not_dot, alphasort);
	CHECK(n == 8);
	for (int i = 0; i < n && i < 8; i++)
		CHECK(strcmp(list[i]->d_name, alpha[i]) == 0);
	free_names(list, n);
	n = scandir("/work/d", &list, not_dot, versionsort);
	CHECK(n == 8);
	for (int i = 0; i < n && i < 8; i++)
		CHECK(strcmp(list[i]->d_name, version[i]) == 0);
	free_names(list, n);
	CHECK(chdir("/work") == 0);
	n = scandir("d", &list, NULL, reverse); /* with . and .. */
	CHECK(n == 10 && strcmp(list[0]->d_name, "f2") == 0 && strcmp(list[9]->d_name, ".") == 0);
	CHECK(n == 10 && list[9]->d_type == DT_DIR && list[0]->d_type == DT_REG);
	free_names(list, n);
	CHECK(chdir("/") == 0);
	n = scandir("/work/d", &list, NULL, NULL);
	CHECK(n == 10);
	free_names(list, n);
	errno = 0;
	CHECK(scandir("/work/none", &list, NULL, NULL) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(scandir("/work/d/a", &list, NULL, NULL) == -1 && errno == ENOTDIR);

	/* opendirat, scandirat, fdclosedir. */
	int dfd = open("/work", O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);
	n = scandirat(dfd, "d", &list, not_dot, alphasort64);
	CHECK(n == 8 && strcmp(list[7]->d_name, "f2") == 0);
	free_names(list, n);
	n = scandirat(dfd, "d", &list, not_dot, versionsort64);
	CHECK(n == 8 && strcmp(list[7]->d_name, "f10") == 0);
	free_names(list, n);
	DIR *d = opendirat(dfd, "d");
	CHECK(d != NULL);
	int count = 0;
	while (d != NULL && readdir(d) != NULL)
		count++;
	CHECK(count == 10);
	int fd = d != NULL ? fdclosedir(d) : -1;
	struct stat st;
	CHECK(fd >= 0 && fd != dfd && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode));
	CHECK(close(fd) == 0);
	errno = 0;
	CHECK(opendirat(dfd, "d/a") == NULL && errno == ENOTDIR);
	errno = 0;
	CHECK(opendirat(dfd, "nothing") == NULL && errno == ENOENT);
	close(dfd);

	/* strverscmp: numbers by value, leading zeros as fractions. */
	static const char *const order[] = {"000", "00", "01", "010", "09", "0", "1", "9", "10"};
	for (size_t i = 0; i + 1 < sizeof order / sizeof order[0]; i++) {
		CHECK(strverscmp(order[i], order[i + 1]) < 0);
		CHECK(strverscmp(order[i + 1], order[i]) > 0);
	}
	CHECK(strverscmp("abc", "abc") == 0 && strverscmp("a", "b") < 0);
	CHECK(strverscmp("item9", "item10") < 0 && strverscmp("item19", "item9") > 0);
	CHECK(strverscmp("1.2.10", "1.2.9") > 0 && strverscmp("x1y", "x12") < 0);
}

/* --- nftw and ftw ------------------------------------------------------------- */

static char seen[4096];
static int stop_at;
static int calls;
static int chdir_ok;

static const char *type_name(int t)
{
	switch (t) {
	case FTW_F: return "F";
	case FTW_D: return "D";
	case FTW_DNR: return "DNR";
	case FTW_NS: return "NS";
	case FTW_SL: return "SL";
	case FTW_DP: return "DP";
	case FTW_SLN: return "SLN";
	default: return "?";
	}
}

/* Records "path:type:level:base " for each call. */
static int record(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	size_t used = strlen(seen);
	snprintf(seen + used, sizeof seen - used, "%s:%s:%d:%d ", path, type_name(type), ftw->level,
		 ftw->base);
	if (type == FTW_D || type == FTW_F || type == FTW_DP)
		CHECK((type == FTW_F) == S_ISREG(st->st_mode));
	return ++calls == stop_at ? 42 : 0;
}

/* With FTW_CHDIR the file's name is right there in the current directory;
 * for FTW_DP (as in glibc) the current directory is the file itself. */
static int in_place(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	struct stat here;
	if (type == FTW_DP)
		chdir_ok &= lstat(".", &here) == 0 && here.st_ino == st->st_ino;
	else if (type != FTW_NS && type != FTW_DNR && type != FTW_SLN)
		chdir_ok &= lstat(path + ftw->base, &here) == 0 && here.st_ino == st->st_ino;
	calls++;
	return 0;
}

static int record_ftw(const char *path, const struct stat *st, int type)
{
	size_t used = strlen(seen);
	(void)st;
	snprintf(seen + used, sizeof seen - used, "%s:%s ", path, type_name(type));
	return 0;
}

/* The words of `text`, sorted, into out (4096 bytes). */
static void sort_words(const char *text, char *out)
{
	char *words[64], *copy = strdup(text);
	int n = 0;
	for (char *w = strtok(copy, " "); w != NULL && n < 64; w = strtok(NULL, " "))
		words[n++] = w;
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && strcmp(words[j - 1], words[j]) > 0; j--) {
			char *t = words[j];
			words[j] = words[j - 1];
			words[j - 1] = t;
		}
	out[0] = '\0';
	for (int i = 0; i < n; i++) {
		strcat(out, words[i]);
		strcat(out, " ");
	}
	free(copy);
}

/* The records as a set, so the test does not depend on the order the
 * host lists a directory in; the order of parents and children is
 * checked separately. */
static int seen_is(const char *want)
{
	static char a[4096], b[4096];
	sort_words(seen, a);
	sort_words(want, b);
	int ok = strcmp(a, b) == 0;
	if (!ok)
		printf("seen: %s\nwant: %s\n", a, b);
	return ok;
}

/* Whether a's record comes before b's. */
static int before(const char *a, const char *b)
{
	const char *pa = strstr(seen, a), *pb = strstr(seen, b);
	return pa != NULL && pb != NULL && pa < pb;
}

static void walk(const char *path, int flags)
{
	seen[0] = '\0';
	calls = 0;
	CHECK(nftw(path, record, 4, flags) == 0);
}

static void test_nftw(void)
{
	CHECK(mkdir("/work/w", 0755) == 0 && mkdir("/work/w/sub", 0755) == 0);
	CHECK(put_file("/work/w/a", "a") == 0 && put_file("/work/w/sub/b", "b") == 0);
	CHECK(symlink("sub", "/work/w/to-sub") == 0 && symlink("nothing", "/work/w/dangling") == 0);
	CHECK(symlink("a", "/work/w/to-a") == 0);

	/* Links followed: to-sub's directory is /work/w/sub again, so one of
	 * the two is skipped (whichever the directory lists second). */
	walk("/work/w", 0);
	int via_link = strstr(seen, "/work/w/to-sub:D") != NULL;
	CHECK(via_link != (strstr(seen, "/work/w/sub:D") != NULL));
	const char *sub = via_link ? "/work/w/to-sub" : "/work/w/sub";
	char want[1024];
	snprintf(want, sizeof want,
		 "%s/b:F:2:%zu %s:D:1:8 /work/w/a:F:1:8 /work/w/dangling:SLN:1:8 /work/w/to-a:F:1:8 "
		 "/work/w:D:0:6 ",
		 sub, strlen(sub) + 1, sub);
	CHECK(seen_is(want));
	CHECK(before("/work/w:D", "/work/w/a:F"));

	walk("/work/w/", FTW_PHYS | FTW_DEPTH);
	/* The trailing slash is taken off, as glibc does. */
	CHECK(seen_is("/work/w:DP:0:6 /work/w/a:F:1:8 /work/w/dangling:SL:1:8 /work/w/sub/b:F:2:12 "
		      "/work/w/sub:DP:1:8 /work/w/to-a:SL:1:8 /work/w/to-sub:SL:1:8 "));
	CHECK(before("/work/w/sub/b:F", "/work/w/sub:DP") && before("/work/w/a:F", "/work/w:DP"));

	CHECK(chdir("/work/w") == 0);
	walk("sub", FTW_PHYS | FTW_MOUNT);
	CHECK(seen_is("sub/b:F:1:4 sub:D:0:0 "));
	walk(".", FTW_PHYS);
	CHECK(strstr(seen, "./sub/b:F:2:6 ") != NULL && strstr(seen, ".:D:0:0 ") != NULL);
	walk("to-a", FTW_PHYS);
	CHECK(seen_is("to-a:SL:0:0 "));
	walk("to-a", 0);
	CHECK(seen_is("to-a:F:0:0 "));
	walk("to-a/", FTW_PHYS);
	CHECK(seen_is("to-a:SL:0:0 "));
	walk("dangling", 0);
	CHECK(seen_is("dangling:SLN:0:0 "));
	seen[0] = '\0';
	errno = 0;
	CHECK(nftw("missing", record, 4, 0) == -1 && errno == ENOENT && seen[0] == '\0');
	CHECK(nftw("dangling", record, 4, FTW_PHYS) == 0 && seen_is("dangling:SL:0:0 "));

	/* A callback's non-zero return ends the walk with that value. */
	seen[0] = '\0';
	calls = 0;
	stop_at = 2;
	CHECK(nftw("/work/w", record, 1, FTW_PHYS) == 42 && calls == 2);
	stop_at = 0;

	/* FTW_CHDIR: each callback runs in its file's directory; the walk
	 * comes back to where it started. */
	calls = 0;
	chdir_ok = 1;
	CHECK(nftw("/work/w", in_place, 2, FTW_CHDIR | FTW_PHYS) == 0 && calls == 7 && chdir_ok);
	char cwd[64];
	CHECK(getcwd(cwd, sizeof cwd) != NULL && strcmp(cwd, "/work/w") == 0);
	calls = 0;
	CHECK(nftw("sub", in_place, 2, FTW_CHDIR | FTW_DEPTH) == 0 && calls == 2 && chdir_ok);
	CHECK(nftw("../w/sub/", in_place, 2, FTW_CHDIR) == 0 && calls == 4 && chdir_ok);
	CHECK(getcwd(cwd, sizeof cwd) != NULL && strcmp(cwd, "/work/w") == 0);
	CHECK(chdir("/") == 0);

	/* A directory that cannot be read: FTW_DNR, and no FTW_D. */
	walk("/work/noread", 0);
	CHECK(seen_is("/work/noread:DNR:0:6 "));
	walk("/work/noread", FTW_DEPTH);
	CHECK(seen_is("/work/noread:DNR:0:6 "));

	/* ftw: links followed, no FTW_SLN (a dangling link is FTW_NS). */
	seen[0] = '\0';
	CHECK(ftw("/work/w/", record_ftw, 3) == 0);
	CHECK(strstr(seen, "/work/w/dangling:NS ") != NULL && strstr(seen, "/work/w/a:F ") != NULL);
	CHECK(strstr(seen, "/work/w:D ") != NULL && strstr(seen, "/b:F ") != NULL);
	seen[0] = '\0';
	CHECK(nftw64("/work/w/sub", record, 3, 0) == 0 && seen_is("/work/w/sub/b:F:1:12 /work/w/sub:D:0:8 "));

	for (const char *const *p = (const char *const[]){"/work/w/sub/b", "/work/w/a", "/work/w/to-sub",
							     "/work/w/dangling", "/work/w/to-a", NULL};
	     *p != NULL; p++)
		CHECK(unlink(*p) == 0);
	CHECK(rmdir("/work/w/sub") == 0 && rmdir("/work/w") == 0);
}

/* --- realpath ------------------------------------------------------------------- */

static int resolves(const char *path, const char *want)
{
	char buf[PATH_MAX];
	char *got = realpath(path, buf);
	int ok = got == buf && strcmp(buf, want) == 0;
	if (!ok)
		printf("realpath(%s): %s, want %s\n", path, got != NULL ? got : strerror(errno), want);
	return ok;
}

static int fails(const char *path, int err)
{
	char buf[PATH_MAX];
	errno = 0;
	return realpath(path, buf) == NULL && errno == err;
}

static void test_realpath(void)
{
	CHECK(mkdir("/work/r", 0755) == 0 && mkdir("/work/r/x", 0755) == 0 &&
	      mkdir("/work/r/x/y", 0755) == 0);
	CHECK(put_file("/work/r/x/y/f", "f") == 0);
	CHECK(symlink("x/y", "/work/r/xy") == 0);          /* relative */
	CHECK(symlink("xy/f", "/work/r/chain") == 0);      /* through another */
	CHECK(symlink("loop2", "/work/r/loop1") == 0 && symlink("loop1", "/work/r/loop2") == 0);
	CHECK(symlink("gone", "/work/r/dangling") == 0);

	CHECK(resolves("/work/r/x/y/f", "/work/r/x/y/f"));
	CHECK(resolves("/work//r/./x/../x/y/", "/work/r/x/y"));
	CHECK(resolves("/work/r/xy/f", "/work/r/x/y/f"));
	CHECK(resolves("/work/r/chain", "/work/r/x/y/f"));
	CHECK(resolves("/work/r/xy/../y/f", "/work/r/x/y/f"));
	/* ".." after a link goes up from the link's target (lexically it
	 * would be /work/r). */
	CHECK(resolves("/work/r/xy/..", "/work/r/x"));
	CHECK(resolves("/work/r/xy/../../xy", "/work/r/x/y"));
	CHECK(resolves("/", "/") && resolves("/..", "/") && resolves("/work", "/work"));
	CHECK(resolves("/ro/data.txt", "/ro/data.txt"));
	CHECK(chdir("/work/r/xy") == 0);
	CHECK(resolves(".", "/work/r/x/y") && resolves("f", "/work/r/x/y/f"));
	CHECK(resolves("..", "/work/r/x"));
	CHECK(chdir("/") == 0);
	CHECK(resolves("work/r/chain", "/work/r/x/y/f"));

	char *m = realpath("/work/r/xy", NULL);
	CHECK(m != NULL && strcmp(m, "/work/r/x/y") == 0);
	free(m);

	CHECK(fails("/work/r/loop1", ELOOP));
	CHECK(fails("/work/r/dangling", ENOENT));
	CHECK(fails("/work/r/nothing/f", ENOENT));
	CHECK(fails("/work/r/x/y/f/", ENOTDIR));
	CHECK(fails("/work/r/x/y/f/g", ENOTDIR));
	CHECK(fails("", ENOENT));
	CHECK(fails("/elsewhere/x", ENOTCAPABLE));
	errno = 0;
	CHECK(realpath(NULL, NULL) == NULL && errno == EINVAL);
#ifdef __wasm64__
	/* Out of the sandbox, through a link the host will not follow. */
	CHECK(fails("/work/escape", ENOTCAPABLE));
#endif

	for (const char *const *p = (const char *const[]){"/work/r/x/y/f", "/work/r/xy",
							     "/work/r/chain", "/work/r/loop1",
							     "/work/r/loop2", "/work/r/dangling", NULL};
	     *p != NULL; p++)
		CHECK(unlink(*p) == 0);
	CHECK(rmdir("/work/r/x/y") == 0 && rmdir("/work/r/x") == 0 && rmdir("/work/r") == 0);
}

/* --- readv, writev, preadv, pwritev ----------------------------------------------- */

static void test_uio(void)
{
	static char c[200000]; /* more than the wasm stack holds */
	char a[3], b[5];
	int fd = open("/work/v", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);

	struct iovec out[] = {{"abc", 3}, {NULL, 0}, {"defgh", 5}, {"\n", 1}};
	CHECK(writev(fd, out, 4) == 9);
	CHECK(writev(fd, out, 0) == 0);
	CHECK(pwritev(fd, out + 2, 1, 1) == 5 && size_of("/work/v") == 9);
	CHECK(lseek(fd, 0, SEEK_CUR) == 9); /* pwritev leaves the offset */
	CHECK(lseek(fd, 0, SEEK_SET) == 0);
	struct iovec in[] = {{a, 3}, {b, 5}};
	CHECK(readv(fd, in, 2) == 8 && memcmp(a, "ade", 3) == 0 && memcmp(b, "fghgh", 5) == 0);
	/* Short at the end of the file: the first buffer filled, one byte of
	 * the second. */
	CHECK(lseek(fd, 5, SEEK_SET) == 5);
	memset(b, '.', sizeof b);
	CHECK(readv(fd, in, 2) == 4 && memcmp(a, "hgh", 3) == 0 && memcmp(b, "\n....", 5) == 0);
	CHECK(readv(fd, in, 2) == 0);
	CHECK(preadv(fd, in, 2, 2) == 7 && memcmp(a, "efg", 3) == 0 && memcmp(b, "hgh\n.", 5) == 0);
	CHECK(preadv(fd, in, 2, 100) == 0);
	CHECK(lseek(fd, 0, SEEK_CUR) == 9);

	/* A large buffer among small ones, in and out. */
	memset(c, 'z', sizeof c);
	struct iovec big[] = {{"<", 1}, {c, sizeof c}, {">", 1}};
	CHECK(pwritev(fd, big, 3, 0) == (ssize_t)sizeof c + 2 && size_of("/work/v") == (off_t)sizeof c + 2);
	memset(c, 0, sizeof c);
	struct iovec back[] = {{a, 1}, {c, sizeof c}, {b, 5}};
	CHECK(preadv(fd, back, 3, 0) == (ssize_t)sizeof c + 2);
	CHECK(a[0] == '<' && c[0] == 'z' && c[sizeof c - 1] == 'z' && b[0] == '>');

	errno = 0;
	CHECK(writev(fd, out, -1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(readv(fd, in, IOV_MAX + 1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(preadv(fd, in, 2, -1) == -1 && errno == EINVAL);
	struct iovec huge[] = {{c, SSIZE_MAX}, {c, 2}};
	errno = 0;
	CHECK(pwritev(fd, huge, 2, 0) == -1 && errno == EINVAL);
	close(fd);
	errno = 0;
	CHECK(readv(fd, in, 2) == -1 && errno == EBADF);
	errno = 0;
	CHECK(pwritev(fd, out, 1, 0) == -1 && errno == EBADF);

	/* On a read-only descriptor writev fails whole: EBADF on Linux, the
	 * missing right (ENOTCAPABLE) in WASI, as write says. */
	fd = open("/ro/data.txt", O_RDONLY);
	errno = 0;
	CHECK(writev(fd, out, 4) == -1 && (errno == EBADF || errno == ENOTCAPABLE));
	CHECK(readv(fd, in, 2) == 8 && memcmp(a, "lin", 3) == 0 && memcmp(b, "e 1\nl", 5) == 0);
	close(fd);
	CHECK(unlink("/work/v") == 0);
}

int main(void)
{
	test_link();
	test_sizes();
	test_times();
	test_modes();
	test_locks();
	test_pathconf();
	test_dirs();
	test_nftw();
	test_realpath();
	test_uio();
	return check_summary();
}
