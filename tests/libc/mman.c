/*
 * sys/mman.h, emulated over the heap: anonymous and file mappings,
 * partial munmap, shared mappings written back (msync, munmap, close,
 * exit) without undoing other writes to the file, and the errors.
 *
 * Run by tests/39-libc-files2.bats with /work preopened (writable).
 * With an argument "exit", it maps /work/at-exit shared, changes it and
 * returns from main: the bats test then checks the file.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

#define PAGE 65536

static int put_pattern(const char *path, size_t n)
{
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
	unsigned char *buf = malloc(n);
	for (size_t i = 0; i < n; i++)
		buf[i] = (unsigned char)(i * 7 + i / 251);
	int ok = fd >= 0 && write(fd, buf, n) == (ssize_t)n;
	free(buf);
	close(fd);
	return ok ? 0 : -1;
}

static int pattern_at(const unsigned char *p, size_t from, size_t n)
{
	for (size_t i = from; i < from + n; i++)
		if (p[i - from] != (unsigned char)(i * 7 + i / 251))
			return 0;
	return 1;
}

static int zeros(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != 0)
			return 0;
	return 1;
}

/* The file's bytes [off, off + n) equal s. */
static int file_has(const char *path, off_t off, const char *s)
{
	char buf[64] = {0};
	size_t n = strlen(s);
	int fd = open(path, O_RDONLY);
	int ok = fd >= 0 && pread(fd, buf, n, off) == (ssize_t)n && memcmp(buf, s, n) == 0;
	close(fd);
	return ok;
}

static void test_anonymous(void)
{
	unsigned char *p = mmap(NULL, 100, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(p != MAP_FAILED && (uintptr_t)p % PAGE == 0);
	CHECK(p != MAP_FAILED && zeros(p, PAGE)); /* the whole page is there */
	if (p != MAP_FAILED) {
		memset(p, 0xab, PAGE);
		CHECK(madvise(p, 100, MADV_DONTNEED) == 0 && zeros(p, PAGE)); /* rounded up to the page */
		CHECK(munmap(p, 100) == 0);
	}

	/* A hint is only a hint; MAP_SHARED anonymous is memory too. */
	unsigned char *q = mmap((void *)(uintptr_t)(16 * PAGE), 3 * PAGE, PROT_READ | PROT_WRITE,
				MAP_SHARED | MAP_ANON, -1, 0);
	CHECK(q != MAP_FAILED && zeros(q, 3 * PAGE));
	/* Pages out of the middle, then the rest, in pieces. */
	if (q != MAP_FAILED) {
		q[0] = 1;
		q[3 * PAGE - 1] = 3;
		CHECK(munmap(q + PAGE, PAGE) == 0);
		CHECK(q[0] == 1 && q[3 * PAGE - 1] == 3);
		CHECK(madvise(q, 3 * PAGE, MADV_DONTNEED) == 0 && q[0] == 0 && q[3 * PAGE - 1] == 0);
		CHECK(munmap(q, PAGE) == 0);
		CHECK(munmap(q, 3 * PAGE) == 0); /* the rest; pages not mapped are fine */
	}

	/* Large: the heap grows for it. */
	size_t big = (size_t)64 << 20;
	unsigned char *r = mmap(NULL, big, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(r != MAP_FAILED);
	if (r != MAP_FAILED) {
		CHECK(r[0] == 0 && r[big / 2] == 0 && r[big - 1] == 0);
		r[big - 1] = 9;
		CHECK(mprotect(r, big, PROT_READ) == 0 && r[big - 1] == 9);
		CHECK(munmap(r, big) == 0);
	}

	/* PROT_NONE and PROT_EXEC are accepted (nothing is enforced). */
	void *n = mmap(NULL, PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	CHECK(n != MAP_FAILED && mprotect(n, PAGE, PROT_READ | PROT_WRITE | PROT_EXEC) == 0);
	CHECK(munmap(n, PAGE) == 0);
}

static void test_errors(void)
{
	errno = 0;
	CHECK(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANON, -1, 0) == MAP_FAILED && errno == EINVAL);
	errno = 0;
	CHECK(mmap(NULL, PAGE, PROT_READ, MAP_ANON, -1, 0) == MAP_FAILED && errno == EINVAL);
	errno = 0;
	CHECK(mmap(NULL, PAGE, 0x40, MAP_PRIVATE | MAP_ANON, -1, 0) == MAP_FAILED && errno == EINVAL);
	errno = 0;
	CHECK(mmap((void *)(uintptr_t)(64 * PAGE), PAGE, PROT_READ, MAP_PRIVATE | MAP_ANON | MAP_FIXED,
		   -1, 0) == MAP_FAILED &&
	      errno == ENOTSUP);
	errno = 0;
	CHECK(mmap(NULL, PAGE, PROT_READ, MAP_SHARED_VALIDATE | MAP_ANON | 0x40000000, -1, 0) ==
		      MAP_FAILED &&
	      errno == EOPNOTSUPP);
	errno = 0;
	CHECK(mmap(NULL, SIZE_MAX - 10, PROT_READ, MAP_PRIVATE | MAP_ANON, -1, 0) == MAP_FAILED &&
	      errno == ENOMEM);
	errno = 0;
	CHECK(mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, 99, 0) == MAP_FAILED && errno == EBADF);

	static char buf[2 * PAGE];
	char *unaligned = (char *)(((uintptr_t)buf + PAGE) & ~(uintptr_t)(PAGE - 1)) + 1;
	errno = 0;
	CHECK(munmap(unaligned, PAGE) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(munmap(unaligned - 1, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(msync(unaligned, PAGE, MS_SYNC) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(msync(unaligned - 1, PAGE, MS_SYNC | MS_ASYNC) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(msync(unaligned - 1, PAGE, 0x100) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(mprotect(unaligned, PAGE, PROT_READ) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(mprotect(unaligned - 1, PAGE, 0x10) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(madvise(unaligned - 1, PAGE, 77) == -1 && errno == EINVAL);
	CHECK(posix_madvise(unaligned - 1, PAGE, POSIX_MADV_WILLNEED) == 0);
	CHECK(posix_madvise(unaligned - 1, PAGE, POSIX_MADV_DONTNEED) == 0);
	CHECK(posix_madvise(unaligned - 1, PAGE, 99) == EINVAL);
	CHECK(posix_madvise(unaligned, PAGE, POSIX_MADV_NORMAL) == EINVAL);
	/* Memory the libc did not map: msync and madvise have nothing to do. */
	CHECK(msync(unaligned - 1, PAGE, MS_ASYNC) == 0 && madvise(unaligned - 1, PAGE, MADV_WILLNEED) == 0);
#ifdef __wasm__
	/* Past the end of linear memory. */
	void *end = (void *)((uintptr_t)__builtin_wasm_memory_size(0) * PAGE);
	errno = 0;
	CHECK(msync(end, PAGE, MS_SYNC) == -1 && errno == ENOMEM);
	errno = 0;
	CHECK(mprotect(end, PAGE, PROT_READ) == -1 && errno == ENOMEM);
#endif

	/* Locking: always so. */
	CHECK(mlock(buf, sizeof buf) == 0 && munlock(buf, sizeof buf) == 0);
	CHECK(mlockall(MCL_CURRENT | MCL_FUTURE) == 0 && munlockall() == 0);
	errno = 0;
	CHECK(mlockall(0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(mlockall(MCL_ONFAULT) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(mlock((void *)(UINTPTR_MAX - 10), 100) == -1 && errno == ENOMEM);
}

static void test_private_file(void)
{
	size_t size = PAGE + 1000;
	CHECK(put_pattern("/work/pat", size) == 0);
	int fd = open("/work/pat", O_RDONLY);
	CHECK(fd >= 0);

	unsigned char *p = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
	CHECK(p != MAP_FAILED && pattern_at(p, 0, size));
	/* Past the end of the file, to the end of the page: zeros. */
	CHECK(p != MAP_FAILED && zeros(p + size, 2 * PAGE - size));
	/* A private copy: changes stay in memory. */
	if (p != MAP_FAILED) {
		p[0] ^= 0xff;
		CHECK(msync(p, size, MS_SYNC) == 0 && p[0] == 0xff);
		errno = 0;
		CHECK(madvise(p, PAGE, MADV_DONTNEED) == -1 && errno == EINVAL);
		CHECK(madvise(p, PAGE, MADV_SEQUENTIAL) == 0);
		CHECK(munmap(p, size) == 0);
	}
	char b = 1;
	CHECK(pread(fd, &b, 1, 0) == 1 && b == 0); /* the pattern's first byte */

	/* At an offset, a whole number of pages into the file. */
	unsigned char *q = mmap(NULL, 1000, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, PAGE);
	CHECK(q != MAP_FAILED && pattern_at(q, PAGE, 1000) && zeros(q + 1000, PAGE - 1000));
	CHECK(q != MAP_FAILED && munmap(q, 1000) == 0);
	errno = 0;
	CHECK(mmap(NULL, 10, PROT_READ, MAP_PRIVATE, fd, 4096) == MAP_FAILED && errno == EINVAL);
	errno = 0;
	CHECK(mmap(NULL, 10, PROT_READ, MAP_PRIVATE, fd, -PAGE) == MAP_FAILED && errno == EINVAL);
	/* Past the end of the file: zeros only. */
	q = mmap(NULL, 10, PROT_READ, MAP_PRIVATE, fd, 4 * PAGE);
	CHECK(q != MAP_FAILED && zeros(q, PAGE));
	CHECK(q != MAP_FAILED && munmap(q, 10) == 0);
	/* Shared and writable needs a descriptor that writes. */
	errno = 0;
	CHECK(mmap(NULL, 10, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) == MAP_FAILED && errno == EACCES);
	/* Shared, read-only: the file's bytes. */
	q = mmap(NULL, 10, PROT_READ, MAP_SHARED, fd, 0);
	CHECK(q != MAP_FAILED && pattern_at(q, 0, 10) && munmap(q, 10) == 0);
	close(fd);

	fd = open("/work/pat", O_WRONLY);
	errno = 0;
	CHECK(mmap(NULL, 10, PROT_READ, MAP_PRIVATE, fd, 0) == MAP_FAILED && errno == EACCES);
	close(fd);
	fd = open("/work", O_RDONLY | O_DIRECTORY);
	errno = 0;
	CHECK(mmap(NULL, 10, PROT_READ, MAP_PRIVATE, fd, 0) == MAP_FAILED && errno == ENODEV);
	close(fd);
	CHECK(unlink("/work/pat") == 0);
}

static void test_shared_file(void)
{
	int fd = open("/work/sh", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0 && write(fd, "0123456789abcdefghij", 20) == 20);

	char *p = mmap(NULL, 20, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(p != MAP_FAILED && memcmp(p, "0123456789abcdefghij", 20) == 0);
	if (p == MAP_FAILED)
		return;
	memcpy(p + 2, "XY", 2);
	CHECK(msync(p, 20, MS_SYNC) == 0 && file_has("/work/sh", 0, "01XY456789abcdefghij"));

	/* A write() meanwhile to other bytes survives the next write-back;
	 * bytes past the end of the file are not written. */
	CHECK(pwrite(fd, "WRITE", 5, 10) == 5);
	p[0] = '!';
	p[30] = '?';
	CHECK(msync(p, PAGE, MS_ASYNC | MS_INVALIDATE) == 0);
	CHECK(file_has("/work/sh", 0, "!1XY456789WRITEfghij"));
	struct stat st;
	CHECK(fstat(fd, &st) == 0 && st.st_size == 20);

	/* munmap writes back what it unmaps. */
	p[19] = 'Z';
	CHECK(munmap(p, PAGE) == 0 && file_has("/work/sh", 0, "!1XY456789WRITEfghiZ"));

	/* Closing the descriptor keeps the file for the mapping: changes
	 * after close still reach it, at munmap (or exit). */
	p = mmap(NULL, 20, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	char *p2 = mmap(NULL, 20, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(p != MAP_FAILED && p2 != MAP_FAILED && p != p2 && p[0] == '!');
	CHECK(close(fd) == 0);
	errno = 0;
	CHECK(close(fd) == -1 && errno == EBADF);
	p[1] = '2';
	p2[5] = '6';
	CHECK(msync(p, 20, MS_SYNC) == 0 && file_has("/work/sh", 0, "!2XY4"));
	CHECK(munmap(p, 20) == 0 && file_has("/work/sh", 0, "!2XY4"));
	p2[6] = '7';
	CHECK(munmap(p2, 20) == 0 && file_has("/work/sh", 0, "!2XY467"));
	/* Gone for the host too, now: a new file gets a descriptor again. */
	int fd2 = open("/work/sh", O_RDONLY);
	CHECK(fd2 >= 0);
	close(fd2);
	CHECK(unlink("/work/sh") == 0);
}

static int at_exit(void)
{
	int fd = open("/work/at-exit", O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, "before", 6) != 6)
		return 1;
	char *p = mmap(NULL, 6, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED)
		return 1;
	close(fd);
	memcpy(p, "after!", 6);
	return 0; /* exit writes it back */
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "exit") == 0)
		return at_exit();
	test_anonymous();
	test_errors();
	test_private_file();
	test_shared_file();
	return check_summary();
}
