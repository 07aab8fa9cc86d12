/* Every public header compiles together, in C11, and says what it must. */
#include <alloca.h>
#include <ar.h>
#include <arpa/ftp.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <arpa/nameser_compat.h>
#include <arpa/telnet.h>
#include <arpa/tftp.h>
#include <assert.h>
#include <byteswap.h>
#include <cpio.h>
#include <ctype.h>
#include <dirent.h>
#include <dlfcn.h>
#include <endian.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <features.h>
#include <grp.h>
#include <iconv.h>
#include <langinfo.h>
#include <float.h>
#include <fmtmsg.h>
#include <fnmatch.h>
#include <ftw.h>
#include <getopt.h>
#include <glob.h>
#include <ifaddrs.h>
#include <inttypes.h>
#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <memory.h>
#include <monetary.h>
#include <mqueue.h>
#include <netinet/icmp6.h>
#include <netinet/igmp.h>
#include <netinet/in.h>
#include <netinet/in_systm.h>
#include <netinet/ip.h>
#include <netinet/ip6.h>
#include <netinet/ip_icmp.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <netpacket/packet.h>
#include <nl_types.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <sched.h>
#include <semaphore.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stropts.h>
#include <sys/dir.h>
#include <sys/errno.h>
#include <sys/eventfd.h>
#include <sys/fcntl.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/param.h>
#include <sys/poll.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/stropts.h>
#include <sys/sysinfo.h>
#include <sys/syslog.h>
#include <sys/time.h>
#include <sys/timeb.h>
#include <sys/times.h>
#include <sys/timex.h>
#include <sys/ttydefaults.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <syslog.h>
#include <tar.h>
#include <termios.h>
#include <threads.h>
#include <time.h>
#include <uchar.h>
#include <unistd.h>
#include <utime.h>
#include <values.h>
#include <wchar.h>
#include <wctype.h>

/* A second inclusion of each is harmless. */

#include "check.h"

/* tests/30-libc.bats also compiles this for wasm32 (ILP32) to show every
 * header parses at both widths; it runs at 64 bits. */
#if __SIZEOF_POINTER__ == 8
static_assert(sizeof(long) == 8 && sizeof(void *) == 8 && sizeof(size_t) == 8, "LP64");
#else
static_assert(sizeof(long) == 4 && sizeof(void *) == 4 && sizeof(size_t) == 4, "ILP32");
#endif
static_assert(sizeof(ssize_t) == sizeof(size_t) && sizeof(off_t) == 8, "64-bit POSIX types");
static_assert(sizeof(time_t) == 8 && sizeof(struct timespec) == 16, "64-bit time");

/* Wire formats: the sizes the protocols and file formats fix. */
static_assert(sizeof(struct ar_hdr) == 60, "ar member header");
static_assert(sizeof(struct iphdr) == 20 && sizeof(struct ip) == 20, "IPv4 header");
static_assert(sizeof(struct ip_timestamp) == 40, "IPv4 timestamp option");
static_assert(sizeof(struct udphdr) == 8 && sizeof(struct icmphdr) == 8, "UDP, ICMP headers");
static_assert(sizeof(struct igmp) == 8 && sizeof(struct ip6_hdr) == 40, "IGMP, IPv6 headers");
static_assert(sizeof(struct ip6_frag) == 8 && sizeof(struct icmp6_hdr) == 8, "IPv6 fragment, ICMPv6");
static_assert(sizeof(struct nd_neighbor_solicit) == 24 && sizeof(struct nd_router_advert) == 16,
	      "neighbor discovery");
static_assert(sizeof(struct nd_opt_prefix_info) == 32 && sizeof(struct mld_hdr) == 24, "ND options, MLD");
static_assert(sizeof(struct icmp6_filter) == 32, "one bit per ICMPv6 type");
static_assert(sizeof(struct sockaddr_ll) == 20 && sizeof(struct sockaddr_un) == 110, "link, unix addresses");
static_assert(sizeof(sem_t) == 4 * sizeof(long), "sem_t as glibc's");
static_assert(sizeof(HEADER) == NS_HFIXEDSZ, "the DNS header");

int main(void)
{
	/* limits.h: clang's C limits and the libc's POSIX ones, together. */
	CHECK(CHAR_BIT == 8 && INT_MAX == 2147483647 && LONG_MAX == 9223372036854775807L);
	CHECK(SSIZE_MAX == LONG_MAX && PATH_MAX == 4096 && NAME_MAX == 255 && IOV_MAX >= 16);
	CHECK(_POSIX_PATH_MAX == 256 && LONG_BIT == 64 && ATEXIT_MAX >= 32);

	/* inttypes.h agrees with stdint.h's types. */
	char buf[64];
	snprintf(buf, sizeof buf, "%" PRId64 " %" PRIu32 " %" PRIxMAX " %" PRIdPTR " %" PRIuFAST16,
		 INT64_MIN, UINT32_MAX, UINTMAX_MAX, (intptr_t)-1, (uint_fast16_t)65535);
	CHECK(strcmp(buf, "-9223372036854775808 4294967295 ffffffffffffffff -1 65535") == 0);
	snprintf(buf, sizeof buf, "%" PRIo8 " %" PRIX16 " %" PRIiLEAST64, (uint8_t)8, (uint16_t)0xabc,
		 (int_least64_t)-3);
	CHECK(strcmp(buf, "10 ABC -3") == 0);

	/* math.h's macros work without libm. */
	volatile double d = 0.5;
	volatile float f = -INFINITY;
	CHECK(fpclassify(d) == FP_NORMAL && fpclassify(0.0) == FP_ZERO && isinf(f) && signbit(f));
	CHECK(isnan(NAN) && !isfinite(HUGE_VAL) && isnormal(DBL_MIN) && !isnormal(DBL_MIN / 2));
	CHECK(islessgreater(1.0, 2.0) && !isless(NAN, 1.0) && math_errhandling == MATH_ERRNO);
	CHECK(M_PI > 3.14159 && M_PI < 3.1416);

	/* locale.h: "C" (tests/libc/locale.c has the rest). */
	CHECK(strcmp(setlocale(LC_ALL, NULL), "C") == 0);
	CHECK(setlocale(LC_ALL, "") != NULL && strcmp(setlocale(LC_NUMERIC, "POSIX"), "C") == 0);
	/* Back to "C", whatever LANG named (C.UTF-8 would make MB_CUR_MAX 4). */
	CHECK(strcmp(setlocale(LC_ALL, "C"), "C") == 0);
	CHECK(setlocale(LC_ALL, "fr_FR.UTF-8") == NULL && setlocale(99, "C") == NULL);
	struct lconv *lc = localeconv();
	CHECK(strcmp(lc->decimal_point, ".") == 0 && lc->thousands_sep[0] == '\0' &&
	      lc->frac_digits == CHAR_MAX);

	/* fcntl.h and sys/stat.h constants. */
	CHECK((O_RDONLY & O_WRONLY) == 0 && (O_RDWR & O_ACCMODE) == O_RDWR && O_CREAT && O_EXCL);
	CHECK((O_CREAT | O_EXCL | O_TRUNC | O_DIRECTORY) >> 12 == 0xf && O_APPEND == 1);
	CHECK(S_ISDIR(S_IFDIR | 0755) && !S_ISREG(S_IFDIR) && S_ISREG(S_IFREG | S_IRUSR));
	struct stat st = {.st_mtim = {.tv_sec = 5}};
	CHECK(st.st_mtime == 5);

	/* time.h types. */
	struct tm tm = {.tm_year = 126};
	CHECK(tm.tm_year == 126 && CLOCKS_PER_SEC == 1000000);

	/* stdio.h, stdlib.h, unistd.h odds and ends. */
	CHECK(EOF == -1 && BUFSIZ >= 256 && _IOFBF != _IOLBF && SEEK_SET == 0);
	CHECK(RAND_MAX >= 32767 && MB_CUR_MAX == 1 && EXIT_FAILURE != EXIT_SUCCESS);
	CHECK(STDOUT_FILENO == 1 && EWOULDBLOCK == EAGAIN && EOPNOTSUPP == ENOTSUP);
	CHECK(LDBL_MANT_DIG == 113 || LDBL_MANT_DIG == 64); /* wasm64, or the host test */

	/* The headers wasi-libc has for formats and protocols. */
	CHECK(strcmp(ARMAG, "!<arch>\n") == 0 && SARMAG == 8 && strcmp(TMAGIC, "ustar") == 0);
	CHECK(C_ISDIR == 040000 && C_ISLNK == 0120000 && strcmp(MAGIC, "070707") == 0);
	CHECK(REGTYPE == '0' && DIRTYPE == '5' && TUREAD == 0400 && TOEXEC == 1);
	CHECK(MAXINT == INT_MAX && LONGBITS == (int)(8 * sizeof(long)) && HIBITS == SHRT_MIN);
	CHECK(TTYDEF_IFLAG & ICRNL && CTRL('c') == 3 && CEOF == 4 && CERASE == 0177);
	CHECK(I_PUSH == (('S' << 8) | 2) && FMNAMESZ == 8 && MM_PRINT == 256 && MM_NOCON == 4);
	CHECK(IPPROTO_ICMPV6 == 58 && IPPROTO_IGMP == 2 && IPVERSION == 4 && IP_DF == 0x4000);
	CHECK(IPOPT_TS == 68 && ICMP_ECHO == 8 && ICMP_UNREACH_PORT == 3 && ICMP6_ECHO_REQUEST == 128);
	CHECK(ND_NEIGHBOR_SOLICIT == 135 && IGMP_MEMBERSHIP_QUERY == 0x11 && SEGSIZE == 512);
	CHECK(T_AAAA == 28 && C_IN == 1 && NS_MAXDNAME == 1025 && ns_t_https == 65 && QUERY == 0);
	CHECK(IAC == 255 && TELOPT_NAWS == 31 && PACKET_HOST == 0 && TYPE_I == 3 && EFD_SEMAPHORE == 1);
	/* The filter macros: a bit per type. */
	struct icmp6_filter filter;
	ICMP6_FILTER_SETBLOCKALL(&filter);
	ICMP6_FILTER_SETPASS(ICMP6_ECHO_REPLY, &filter);
	CHECK(ICMP6_FILTER_WILLPASS(ICMP6_ECHO_REPLY, &filter) &&
	      ICMP6_FILTER_WILLBLOCK(ICMP6_ECHO_REQUEST, &filter));
	/* A header in network order on a little-endian machine: the version
	 * is the high nibble of the first byte. */
	unsigned char packet[20] = {0x45, 0, 0, 20};
	struct iphdr ih;
	memcpy(&ih, packet, sizeof ih);
	CHECK(ih.version == 4 && ih.ihl == 5 && ntohs(ih.tot_len) == 20);
	struct sockaddr_un sun = {.sun_family = AF_UNIX, .sun_path = "/sock"};
	CHECK(SUN_LEN(&sun) == offsetof(struct sockaddr_un, sun_path) + 5);
	struct direct *dp = NULL;
	CHECK(dp == (struct dirent *)NULL && SEM_VALUE_MAX == INT_MAX);
	struct timeb tb = {.millitm = 999};
	struct timex tx = {.modes = ADJ_OFFSET_SINGLESHOT};
	CHECK(tb.millitm == 999 && tx.modes == 0x8001 && (STA_RONLY & STA_CLK) && TIME_BAD == 5);
	struct mq_attr mqa = {.mq_maxmsg = 10};
	struct ifaddrs ifa = {.ifa_flags = 1};
	CHECK(mqa.mq_maxmsg == 10 && ifa.ifa_flags == 1 && ifa.ifa_broadaddr == NULL);
	return check_summary();
}
