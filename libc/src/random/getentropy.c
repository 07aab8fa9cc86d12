#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

/* At most 256 bytes a call, as everywhere getentropy exists; more is EIO
 * (glibc's and wasi-libc's answer). */
int getentropy(void *buf, size_t len)
{
	if (len > 256)
		return __w64_set_errno(EIO);
	int err = __w64_host_random_get(buf, len);
	return err ? __w64_set_errno(err) : 0;
}
