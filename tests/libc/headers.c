/* Every public header compiles together, in C11, and says what it must. */
#include <alloca.h>
#include <arpa/inet.h>
#include <assert.h>
#include <byteswap.h>
#include <ctype.h>
#include <dlfcn.h>
#include <endian.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <iconv.h>
#include <langinfo.h>
#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <monetary.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <nl_types.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sys/param.h>
#include <sys/poll.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <termios.h>
#include <threads.h>
#include <time.h>
#include <uchar.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

/* A second inclusion of each is harmless. */
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <sys/types.h>

#include "check.h"

static_assert(sizeof(long) == 8 && sizeof(void *) == 8 && sizeof(size_t) == 8, "LP64");
static_assert(sizeof(ssize_t) == sizeof(size_t) && sizeof(off_t) == 8, "64-bit POSIX types");
static_assert(sizeof(time_t) == 8 && sizeof(struct timespec) == 16, "64-bit time");

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
	return check_summary();
}
