/* strerror and strerror_r: a message for every WASI errno. */
#include <errno.h>
#include <string.h>

#include "check.h"

int main(void)
{
	int distinct = 1, known = 1;
	for (int e = 0; e <= ENOTCAPABLE; e++) {
		const char *m = strerror(e);
		known &= m != NULL && m[0] != '\0' && strncmp(m, "Unknown", 7) != 0;
		for (int f = 0; f < e; f++)
			distinct &= strcmp(strerror(f), m) != 0;
	}
	CHECK(known);
	CHECK(distinct);
	CHECK(strcmp(strerror(0), "Success") == 0);
	CHECK(strcmp(strerror(ENOENT), "No such file or directory") == 0);
	CHECK(strcmp(strerror(ERANGE), "Result not representable") == 0);
	CHECK(strcmp(strerror(77), "Unknown error 77") == 0);
	CHECK(strcmp(strerror(-1), "Unknown error -1") == 0);
	CHECK(strcmp(strerror(-2147483647 - 1), "Unknown error -2147483648") == 0);

	char buf[64];
	CHECK(strerror_r(EBADF, buf, sizeof buf) == 0 && strcmp(buf, "Bad file descriptor") == 0);
	CHECK(strerror_r(EBADF, buf, 4) == ERANGE && strcmp(buf, "Bad") == 0);
	CHECK(strerror_r(EBADF, buf, 0) == ERANGE);
	CHECK(strerror_r(1000, buf, sizeof buf) == EINVAL && strcmp(buf, "Unknown error 1000") == 0);
	return check_summary();
}
