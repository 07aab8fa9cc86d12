/*
 * wasm64-rewrite --wasi64: calls with more iovecs than the wrappers pass
 * to the host at once (4092), built freestanding for wasm32-wasip1 with
 * ../wasi/start32.c.  argv[1] picks a scenario; the output must be the
 * same before and after the conversion.  The first --dir is fd 3.
 */
#include "wasi_api.h"

#define DIR_FD 3
#define N 10000

static struct w_ciovec out[N];
static struct w_iovec in[N];
static unsigned char bytes[N], back[N];

/* fd_write of N one-byte iovecs: the letters a..z, a newline every 100. */
static int write_many(void)
{
	for (int i = 0; i < N; i++) {
		bytes[i] = (unsigned char)(i % 100 == 99 ? '\n' : 'a' + i % 26);
		out[i] = (struct w_ciovec){&bytes[i], 1};
	}
	size_t n = 0;
	int32_t rc = w_fd_write(1, out, N, &n);
	show("fd_write of 10000 iovecs", (uint64_t)rc);
	show("nwritten", n);
	return 0;
}

/* fd_pwrite and fd_pread of 9000 iovecs of 1 to 3 bytes at offset 7: the
 * offset must advance from chunk to chunk. */
static int positioned(void)
{
	int32_t fd;
	int32_t rc = w_path_open(DIR_FD, 0, "big", 3, O_CREAT_ | O_TRUNC_, RIGHTS_FILE, 0, 0, &fd);
	show("open", (uint64_t)rc);
	size_t total = 0;
	for (int i = 0; i < 9000; i++) {
		size_t len = 1 + (size_t)(i % 3);
		bytes[i] = (unsigned char)('A' + i % 23);
		out[i] = (struct w_ciovec){&bytes[i], len};
		total += out[i].len;
	}
	size_t n = 0;
	rc = w_fd_pwrite(fd, out, 9000, 7, &n);
	show("fd_pwrite of 9000 iovecs at 7", (uint64_t)rc);
	show("nwritten", n);
	show("bytes described", total);
	struct w_filestat st;
	rc = w_fd_filestat_get(fd, &st);
	show("file size", st.size);
	for (int i = 0; i < 9000; i++)
		in[i] = (struct w_iovec){&back[i], 1};
	rc = w_fd_pread(fd, in, 9000, 7, &n);
	show("fd_pread of 9000 one-byte iovecs at 7", (uint64_t)rc);
	show("nread", n);
	/* The file holds the iovecs' bytes in order. */
	size_t at = 0, bad = 0;
	for (int i = 0; i < 9000 && at < n; i++)
		for (size_t k = 0; k < out[i].len && at < n; k++, at++)
			bad += back[at] != ((const unsigned char *)out[i].buf)[k];
	show("mismatches", bad);
	uint64_t pos;
	w_fd_seek(fd, 0, 0, &pos);
	for (int i = 0; i < N; i++)
		in[i] = (struct w_iovec){&back[i], 2};
	rc = w_fd_read(fd, in, 5000, &n);
	show("fd_read of 5000 two-byte iovecs from 0", (uint64_t)rc);
	show("nread", n);
	w_fd_tell(fd, &pos);
	show("position", pos);
	w_fd_close(fd);
	return 0;
}

/* A bad buffer past the first chunk: EFAULT, and nothing happens. */
static int fault(void)
{
	uintptr_t end = memory_end();
	for (int i = 0; i < 6000; i++) {
		out[i] = (struct w_ciovec){"x", 1};
		in[i] = (struct w_iovec){&back[i], 1};
	}
	out[5000].buf = (const void *)(end - 2);
	out[5000].len = 4;
	size_t n = 777;
	show("fd_write, iovec 5000 straddles the end", (uint64_t)w_fd_write(1, out, 6000, &n));
	show("nwritten untouched", n);
	in[4500].buf = (void *)(end - 1);
	in[4500].len = 2;
	show("fd_read, iovec 4500 straddles the end", (uint64_t)w_fd_read(0, in, 6000, &n));
	show("nread untouched", n);
	show("bad fd first", (uint64_t)w_fd_write(99, out, 6000, &n));
	/* stdin was not consumed */
	in[4500] = (struct w_iovec){&back[4500], 1};
	show("fd_read of 6000 one-byte iovecs", (uint64_t)w_fd_read(0, in, 6000, &n));
	show("nread", n);
	put(1, (const char *)back, n < 20 ? n : 20);
	say("\n");
	return 0;
}

/* stdin (a file) into 9000 one-byte iovecs: a short second chunk ends it. */
static int read_many(void)
{
	for (int i = 0; i < 9000; i++)
		in[i] = (struct w_iovec){&back[i], 1};
	size_t n = 0;
	int32_t rc = w_fd_read(0, in, 9000, &n);
	show("fd_read into 9000 iovecs", (uint64_t)rc);
	show("nread", n);
	put(1, (const char *)back, n);
	return 0;
}

int test_main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	if (w_streq(argv[1], "write"))
		return write_many();
	if (w_streq(argv[1], "positioned"))
		return positioned();
	if (w_streq(argv[1], "fault"))
		return fault();
	if (w_streq(argv[1], "read"))
		return read_many();
	return 2;
}
