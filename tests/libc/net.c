/*
 * Sockets as far as WASI preview 1 goes, address conversions, byte order.
 * (The conversions are also compared with glibc: tests/libc-native/
 * inet_diff.c.)
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>

#include "check.h"

static int pton6_is(const char *text, const char *expect)
{
	struct in6_addr a;
	char out[INET6_ADDRSTRLEN];
	return inet_pton(AF_INET6, text, &a) == 1 &&
	       inet_ntop(AF_INET6, &a, out, sizeof out) == out && strcmp(out, expect) == 0;
}

static void test_conversions(void)
{
	CHECK(htonl(0x01020304) == 0x04030201 && htons(0x0102) == 0x0201);
	CHECK(ntohl(htonl(0xdeadbeef)) == 0xdeadbeef && ntohs(htons(0xbeef)) == 0xbeef);
	unsigned char b[4];
	uint32_t n = htonl(0x7f000001);
	memcpy(b, &n, 4);
	CHECK(b[0] == 127 && b[3] == 1);

	struct in_addr a;
	CHECK(inet_pton(AF_INET, "192.168.1.20", &a) == 1 && a.s_addr == htonl(0xc0a80114));
	CHECK(inet_pton(AF_INET, "256.1.1.1", &a) == 0 && inet_pton(AF_INET, "1.2.3", &a) == 0);
	CHECK(inet_pton(AF_INET, "01.2.3.4", &a) == 0 && inet_pton(AF_INET, "1.2.3.4 ", &a) == 0);
	errno = 0;
	CHECK(inet_pton(12345, "1.2.3.4", &a) == -1 && errno == EAFNOSUPPORT);
	char buf[INET6_ADDRSTRLEN];
	a.s_addr = htonl(0x0a000001);
	CHECK(inet_ntop(AF_INET, &a, buf, sizeof buf) == buf && strcmp(buf, "10.0.0.1") == 0);
	errno = 0;
	CHECK(inet_ntop(AF_INET, &a, buf, 8) == NULL && errno == ENOSPC);
	CHECK(strcmp(inet_ntoa(a), "10.0.0.1") == 0);

	CHECK(inet_aton("127.1", &a) == 1 && a.s_addr == htonl(0x7f000001));
	CHECK(inet_aton("0x7f.1.0x10", &a) == 1 && a.s_addr == htonl(0x7f010010));
	CHECK(inet_aton("010.0.0.1", &a) == 1 && a.s_addr == htonl(0x08000001));
	CHECK(inet_aton("4294967295", &a) == 1 && a.s_addr == 0xffffffff);
	CHECK(inet_aton("1.2.3.4 trailing", &a) == 1 && inet_aton("1.2.3.4x", &a) == 0);
	CHECK(inet_aton("1.256.3.4", &a) == 0 && inet_aton("1.2.65536", &a) == 0 && inet_aton("", &a) == 0);
	CHECK(inet_addr("1.2.3.4") == htonl(0x01020304) && inet_addr("nope") == INADDR_NONE);

	CHECK(pton6_is("::", "::") && pton6_is("::1", "::1") && pton6_is("1::", "1::"));
	CHECK(pton6_is("2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1"));
	CHECK(pton6_is("2001:db8:0:0:0:0:2:1", "2001:db8::2:1"));
	CHECK(pton6_is("1:0:2:3:4:5:6:7", "1:0:2:3:4:5:6:7"));
	CHECK(pton6_is("::ffff:1.2.3.4", "::ffff:1.2.3.4") && pton6_is("::1.2.3.4", "::1.2.3.4"));
	CHECK(pton6_is("fe80::0001", "fe80::1"));
	struct in6_addr a6;
	CHECK(inet_pton(AF_INET6, ":::", &a6) == 0 && inet_pton(AF_INET6, "1::2::3", &a6) == 0);
	CHECK(inet_pton(AF_INET6, "12345::", &a6) == 0 && inet_pton(AF_INET6, "1:2:3:4:5:6:7:8:9", &a6) == 0);
	CHECK(inet_pton(AF_INET6, "1:", &a6) == 0 && inet_pton(AF_INET6, "::1.2.3", &a6) == 0);
	CHECK(memcmp(&in6addr_any, &(struct in6_addr)IN6ADDR_ANY_INIT, 16) == 0);
	CHECK(IN6_IS_ADDR_LOOPBACK(&in6addr_loopback) && IN6_IS_ADDR_UNSPECIFIED(&in6addr_any));
	CHECK(inet_pton(AF_INET6, "::ffff:10.0.0.1", &a6) == 1 && IN6_IS_ADDR_V4MAPPED(&a6));
}

static void test_sockets(void)
{
	/* No socket can be made or named in WASI preview 1. */
	errno = 0;
	CHECK(socket(AF_INET, SOCK_STREAM, 0) == -1 && errno == ENOSYS);
	int sv[2];
	errno = 0;
	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == -1 && errno == ENOSYS);
	struct sockaddr_in sin;
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	/* stdout is not a socket; 99 is not open. */
	errno = 0;
	CHECK(bind(1, (struct sockaddr *)&sin, sizeof sin) == -1 && errno == ENOTSOCK);
	errno = 0;
	CHECK(connect(99, (struct sockaddr *)&sin, sizeof sin) == -1 && errno == EBADF);
	errno = 0;
	CHECK(listen(1, 5) == -1 && errno == ENOTSOCK);
	socklen_t len = sizeof sin;
	errno = 0;
	CHECK(getsockname(1, (struct sockaddr *)&sin, &len) == -1 && errno == ENOTSOCK);
	errno = 0;
	CHECK(getpeername(1, (struct sockaddr *)&sin, &len) == -1 && errno == ENOTSOCK);
	int v = 1;
	errno = 0;
	CHECK(setsockopt(1, SOL_SOCKET, SO_REUSEADDR, &v, sizeof v) == -1 && errno == ENOTSOCK);
	len = sizeof v;
	errno = 0;
	CHECK(getsockopt(1, SOL_SOCKET, SO_TYPE, &v, &len) == -1 && errno == ENOTSOCK);
	errno = 0;
	CHECK(getsockopt(99, IPPROTO_TCP, TCP_NODELAY, &v, &len) == -1 && errno == EBADF);

	/* The calls WASI has: the host answers for descriptors it gave (not
	 * sockets here); the libc checks its own arguments first. */
	char buf[4];
	errno = 0;
	CHECK(recv(0, buf, sizeof buf, 0x400) == -1 && errno == EOPNOTSUPP);
	errno = 0;
	CHECK(send(1, "x", 1, 0x1) == -1 && errno == EOPNOTSUPP);
	errno = 0;
	CHECK(shutdown(1, 7) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(accept4(0, NULL, NULL, 0x1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(recv(0, buf, sizeof buf, MSG_PEEK) == -1 && errno != 0);
	errno = 0;
	CHECK(send(1, "x", 1, MSG_NOSIGNAL) == -1 && errno != 0);
	errno = 0;
	CHECK(accept(0, NULL, NULL) == -1 && errno != 0);
	errno = 0;
	CHECK(shutdown(1, SHUT_RDWR) == -1 && errno != 0);
}

int main(void)
{
	test_conversions();
	test_sockets();
	return check_summary();
}
