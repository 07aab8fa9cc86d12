/* errno: set by failing calls through the one host helper, WASI numbering. */
#include <errno.h>
#include <unistd.h>

#include "check.h"

int main(void)
{
	errno = 0;
	CHECK(write(99, "x", 1) == -1);
	CHECK(errno == EBADF);
	CHECK(EBADF == 8 && EFAULT == 21 && ENOSYS == 52 && ENOTCAPABLE == 76);
	errno = 0;
	CHECK(write(STDOUT_FILENO, "", 0) == 0);
	CHECK(errno == 0);
	return check_summary();
}
