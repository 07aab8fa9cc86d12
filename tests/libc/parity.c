/*
 * The rest of wasi-libc's functions in the files and stdio area:
 * basename/dirname, fmtmsg, ftime, sbrk, posix_close, iprintf, optreset,
 * open_wmemstream, semaphores, and the ENOSYS answers (message queues,
 * eventfd, getifaddrs, adjtimex), isastream.
 *
 *   parity        needs /work preopened (a file for eventfd_read/write)
 *
 * fmtmsg writes to stderr: tests/37-libc-parity.bats checks those lines.
 */
#include <arpa/nameser.h>
#include <errno.h>
#include <fcntl.h>
#include <fmtmsg.h>
#include <getopt.h>
#include <ifaddrs.h>
#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <mqueue.h>
#include <semaphore.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stropts.h>
#include <sys/eventfd.h>
#include <sys/timeb.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "check.h"

/* basename(path) and dirname(path) of a copy of path. */
static int names(const char *path, const char *base, const char *dir)
{
	char a[64], b[64];
	strcpy(a, path);
	strcpy(b, path);
	char *x = basename(a), *y = dirname(b);
	return strcmp(x, base) == 0 && strcmp(y, dir) == 0;
}

static void test_libgen(void)
{
	CHECK(names("/usr/lib", "lib", "/usr"));
	CHECK(names("/usr/", "usr", "/"));
	CHECK(names("usr", "usr", "."));
	CHECK(names("/", "/", "/"));
	CHECK(names("//", "/", "//"));
	CHECK(names("///", "/", "/"));
	CHECK(names("//a", "a", "//"));
	CHECK(names("a//b//", "b", "a"));
	CHECK(names(".", ".", "."));
	CHECK(names("..", "..", "."));
	CHECK(names("a/", "a", "."));
	CHECK(names("/a/b/c/", "c", "/a/b"));
	CHECK(strcmp(basename(NULL), ".") == 0 && strcmp(dirname(NULL), ".") == 0);
	char empty[1] = "";
	CHECK(strcmp(basename(empty), ".") == 0 && strcmp(dirname(empty), ".") == 0);
	/* basename cuts the trailing slashes off in place. */
	char p[] = "dir/file//";
	CHECK(basename(p) == p + 4 && strcmp(p, "dir/file") == 0);
	char q[] = "x/y";
	CHECK(__xpg_basename(q) == q + 2);
}

static void test_fmtmsg(void)
{
	/* The lines themselves are checked by the bats file. */
	CHECK(fmtmsg(MM_PRINT | MM_SOFT, "UX:cat", MM_ERROR, "invalid syntax", "refer to manual",
		     "UX:cat:001") == MM_OK);
	CHECK(fmtmsg(MM_PRINT, MM_NULLLBL, MM_INFO, "just text", MM_NULLACT, MM_NULLTAG) == MM_OK);
	CHECK(setenv("MSGVERB", "text:action", 1) == 0);
	CHECK(fmtmsg(MM_PRINT, "UX:ls", MM_HALT, "verbose off", "nothing", "UX:ls:2") == MM_OK);
	CHECK(setenv("MSGVERB", "text:bogus", 1) == 0);
	CHECK(fmtmsg(MM_PRINT, "UX:x", MM_WARNING, "all again", MM_NULLACT, "tag") == MM_OK);
	CHECK(unsetenv("MSGVERB") == 0);
	/* No console; a bad label or severity is refused before anything. */
	CHECK(fmtmsg(MM_CONSOLE, "UX:x", MM_INFO, "to the console", MM_NULLACT, MM_NULLTAG) ==
	      MM_NOCON);
	CHECK(fmtmsg(MM_PRINT, "no colon", MM_INFO, "never", MM_NULLACT, MM_NULLTAG) == MM_NOTOK);
	CHECK(fmtmsg(MM_PRINT, "elevenchars:x", MM_INFO, "never", MM_NULLACT, MM_NULLTAG) ==
	      MM_NOTOK);
	CHECK(fmtmsg(MM_PRINT, "UX:x", 9, "never", MM_NULLACT, MM_NULLTAG) == MM_NOTOK);
}

static void test_time(void)
{
	struct timeb tb;
	time_t before = time(NULL);
	CHECK(ftime(&tb) == 0);
	CHECK(tb.time >= before && tb.time <= time(NULL) && tb.millitm < 1000);
	CHECK(tb.timezone == 0 && tb.dstflag == 0);
	struct timex tx = {0};
	errno = 0;
	CHECK(adjtimex(&tx) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(clock_adjtime(CLOCK_REALTIME, &tx) == -1 && errno == ENOSYS);
}

static void test_sbrk(void)
{
#ifdef __wasm__
	/* The native build leaves the allocator, and so sbrk, out. */
	char *end = sbrk(0);
	CHECK(end != (void *)-1 && (uintptr_t)end % 65536 == 0);
	void *block = malloc(100);
	char *old = sbrk(65536);
	CHECK(old != (void *)-1 && (char *)sbrk(0) == old + 65536);
	/* The pages are the caller's: malloc never hands them out. */
	memset(old, 0x5a, 65536);
	for (int i = 0; i < 200; i++) {
		char *p = malloc(1000);
		CHECK(p != NULL && (p + 1000 <= old || p >= old + 65536));
		free(p);
	}
	CHECK(old[0] == 0x5a && old[65535] == 0x5a);
	free(block);
	errno = 0;
	CHECK(sbrk(100) == (void *)-1 && errno == EINVAL);
	errno = 0;
	CHECK(sbrk(-65536) == (void *)-1 && errno == EINVAL);
#endif
}

static void test_fds(void)
{
	int fd = open("/work/parity.bin", O_RDWR | O_CREAT | O_TRUNC, 0600);
	CHECK(fd >= 0);
	CHECK(eventfd_write(fd, 0x0102030405060708ull) == 0);
	eventfd_t v = 0;
	CHECK(lseek(fd, 0, SEEK_SET) == 0 && eventfd_read(fd, &v) == 0 && v == 0x0102030405060708ull);
	CHECK(eventfd_read(fd, &v) == -1); /* at the end: 0 bytes */
	CHECK(isastream(fd) == 0);
	errno = 0;
	CHECK(posix_close(fd, 7) == -1 && errno == EINVAL);
	CHECK(posix_close(fd, POSIX_CLOSE_RESTART) == 0);
	errno = 0;
	CHECK(posix_close(fd, 0) == -1 && errno == EBADF);
	errno = 0;
	CHECK(isastream(fd) == -1 && errno == EBADF);
	unlink("/work/parity.bin");
	errno = 0;
	CHECK(eventfd(0, EFD_NONBLOCK) == -1 && errno == ENOSYS);

	struct ifaddrs *ifa = (struct ifaddrs *)1;
	errno = 0;
	CHECK(getifaddrs(&ifa) == -1 && errno == ENOSYS && ifa == NULL);
	freeifaddrs(NULL);

	struct mq_attr attr;
	errno = 0;
	CHECK(mq_open("/q", O_RDWR | O_CREAT, 0600, NULL) == (mqd_t)-1 && errno == ENOSYS);
	errno = 0;
	CHECK(mq_getattr(0, &attr) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(mq_send(0, "x", 1, 0) == -1 && errno == ENOSYS);
	errno = 0;
	CHECK(mq_unlink("/q") == -1 && errno == ENOSYS);
}

static void test_sem(void)
{
	sem_t s;
	int v = -1;
	CHECK(sem_init(&s, 0, 2) == 0 && sem_getvalue(&s, &v) == 0 && v == 2);
	CHECK(sem_trywait(&s) == 0 && sem_wait(&s) == 0);
	errno = 0;
	CHECK(sem_trywait(&s) == -1 && errno == EAGAIN);
	errno = 0;
	CHECK(sem_wait(&s) == -1 && errno == EDEADLK);
	CHECK(sem_post(&s) == 0 && sem_getvalue(&s, &v) == 0 && v == 1);
	struct timespec past = {0, 0};
	CHECK(sem_timedwait(&s, &past) == 0); /* free: the time is not looked at */
	errno = 0;
	CHECK(sem_timedwait(&s, &past) == -1 && errno == ETIMEDOUT);
	struct timespec bad = {0, 1000000000};
	errno = 0;
	CHECK(sem_timedwait(&s, &bad) == -1 && errno == EINVAL);
	/* A short wait really waits. */
	struct timespec start, soon, after;
	clock_gettime(CLOCK_MONOTONIC, &start);
	soon = start;
	soon.tv_nsec += 20000000;
	if (soon.tv_nsec >= 1000000000) {
		soon.tv_sec++;
		soon.tv_nsec -= 1000000000;
	}
	errno = 0;
	CHECK(sem_clockwait(&s, CLOCK_MONOTONIC, &soon) == -1 && errno == ETIMEDOUT);
	clock_gettime(CLOCK_MONOTONIC, &after);
	CHECK((after.tv_sec - start.tv_sec) * 1000000000L + (after.tv_nsec - start.tv_nsec) >=
	      20000000L);
	CHECK(sem_destroy(&s) == 0);
	errno = 0;
	CHECK(sem_init(&s, 1, (unsigned)SEM_VALUE_MAX + 1) == -1 && errno == EINVAL);
	CHECK(sem_init(&s, 1, SEM_VALUE_MAX) == 0);
	errno = 0;
	CHECK(sem_post(&s) == -1 && errno == EOVERFLOW);
	errno = 0;
	CHECK(sem_open("/s", O_CREAT, 0600, 1) == SEM_FAILED && errno == ENOSYS);
	errno = 0;
	CHECK(sem_unlink("/s") == -1 && errno == ENOSYS);
}

static void test_optreset(void)
{
	char a0[] = "prog", a1[] = "-a", a2[] = "-b", a3[] = "-c";
	char *first[] = {a0, a1, a2, NULL};
	char *second[] = {a0, a3, NULL};
	CHECK(getopt(3, first, "ab") == 'a');
	/* Midway through the first argv, a new one from its start. */
	optreset = 1;
	optind = 1;
	CHECK(getopt(2, second, "c") == 'c' && getopt(2, second, "c") == -1 && optind == 2);
	CHECK(optreset == 0);
	optind = 0;
}

static void test_wmemstream(void)
{
	wchar_t *buf = NULL;
	size_t size = 99;
	FILE *f = open_wmemstream(&buf, &size);
	CHECK(f != NULL && buf != NULL && size == 0);
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	CHECK(fprintf(f, "h\xc3\xa9llo %d", 5) == 8 && fflush(f) == 0);
	CHECK(size == 7 && wcscmp(buf, L"h\u00e9llo 5") == 0);
	/* A character cut between two writes. */
	setvbuf(f, NULL, _IONBF, 0);
	CHECK(fputc(0xe2, f) == 0xe2 && fputc(0x82, f) == 0x82 && fputc(0xac, f) == 0xac);
	CHECK(size == 8 && buf[7] == L'\u20ac');
	/* Positions count wide characters; a seek past the end fills with 0. */
	CHECK(fseek(f, 1, SEEK_SET) == 0 && fputs("E", f) >= 0 && size == 2);
	CHECK(fseek(f, 10, SEEK_SET) == 0 && size == 10 && fputc('!', f) == '!');
	CHECK(fclose(f) == 0);
	CHECK(size == 11 && wmemcmp(buf, L"hEllo 5\u20ac\0\0!", 12) == 0);
	free(buf);
	CHECK(setlocale(LC_CTYPE, "C") != NULL);
}

/* A response for www.example.org A: the question, then two answers whose
 * names point back into it (one through a second pointer). */
static const unsigned char dns_response[] = {
	0x12, 0x34, 0x81, 0x80, 0, 1, 0, 2, 0, 0, 0, 0,
	3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'o', 'r', 'g', 0,
	0, 1, 0, 1,
	0xc0, 12, 0, 1, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 93, 184, 216, 34,
	2, 'm', '.', 0xc0, 16, 0, 16, 0, 1, 0, 0, 0, 60, 0, 3, 2, 'h', 'i',
};

static void test_nameser(void)
{
	ns_msg msg;
	ns_rr rr;
	CHECK(ns_initparse(dns_response, sizeof dns_response, &msg) == 0);
	CHECK(ns_msg_id(msg) == 0x1234 && ns_msg_count(msg, ns_s_qd) == 1 &&
	      ns_msg_count(msg, ns_s_an) == 2 && ns_msg_count(msg, ns_s_ns) == 0);
	CHECK(ns_msg_getflag(msg, ns_f_qr) == 1 && ns_msg_getflag(msg, ns_f_rd) == 1 &&
	      ns_msg_getflag(msg, ns_f_ra) == 1 && ns_msg_getflag(msg, ns_f_aa) == 0 &&
	      ns_msg_getflag(msg, ns_f_rcode) == ns_r_noerror);
	CHECK(ns_parserr(&msg, ns_s_qd, 0, &rr) == 0 && strcmp(ns_rr_name(rr), "www.example.org") == 0);
	CHECK(ns_rr_type(rr) == ns_t_a && ns_rr_class(rr) == ns_c_in && ns_rr_rdlen(rr) == 0);
	/* The second answer first: the parser skips ahead. */
	CHECK(ns_parserr(&msg, ns_s_an, 1, &rr) == 0 && strcmp(rr.name, "m\\..example.org") == 0);
	CHECK(rr.type == ns_t_txt && rr.ttl == 60 && rr.rdlength == 3 && rr.rdata[1] == 'h');
	CHECK(ns_parserr(&msg, ns_s_an, 0, &rr) == 0 && strcmp(rr.name, "www.example.org") == 0);
	CHECK(rr.ttl == 3600 && rr.rdlength == 4 && ns_get32(rr.rdata) == 0x5db8d822ul);
	errno = 0;
	CHECK(ns_parserr(&msg, ns_s_an, 2, &rr) == -1 && errno == ENODEV);
	/* Cut short, or a pointer to itself. */
	errno = 0;
	CHECK(ns_initparse(dns_response, sizeof dns_response - 1, &msg) == -1 && errno == EMSGSIZE);
	const unsigned char loop[] = {0xc0, 0};
	char name[NS_MAXDNAME];
	errno = 0;
	CHECK(ns_name_uncompress(loop, loop + 2, loop, name, sizeof name) == -1 && errno == EMSGSIZE);
	const unsigned char root[] = {0};
	CHECK(ns_name_uncompress(root, root + 1, root, name, sizeof name) == 1 && strcmp(name, ".") == 0);
	CHECK(ns_name_uncompress(dns_response, dns_response + sizeof dns_response, dns_response + 12,
				 name, 5) == -1);
	unsigned char b[4];
	ns_put16(0xabcd, b);
	ns_put32(0x01020304ul, b);
	CHECK(b[0] == 1 && b[3] == 4 && ns_get16(b + 2) == 0x0304);
	const unsigned char *cp = b;
	unsigned short s16;
	NS_GET16(s16, cp);
	CHECK(s16 == 0x0102 && cp == b + 2);
}

int main(void)
{
	test_libgen();
	test_fmtmsg();
	test_time();
	test_sbrk();
	test_fds();
	test_sem();
	test_optreset();
	test_wmemstream();
	test_nameser();
	CHECK(iprintf("iprintf %d\n", 42) == 11 && fflush(stdout) == 0);
	return check_summary();
}
