/* Host errors as WASI errnos. */
#include <errno.h>
#include <stddef.h>

#include "host.h"
#include "wasi_abi.h"

/* The host's errno for each WASI errno, indexed by the WASI value.
 * SUCCESS and NOTCAPABLE (an fd without the right a call needs) are
 * WASI's own: no host errno is 0 or negative. */
#define ESUCCESS 0
#define ENOTCAPABLE (-1)
static const int host_errnos[] = {
#define WASI_ERRNO(name, value) [value] = E##name,
#include "wasi.def"
};

/* The one place a host errno becomes a WASI one.  Linux's EWOULDBLOCK and
 * EOPNOTSUPP equal EAGAIN and ENOTSUP; anything unknown is EIO. */
int w64_wasi_errno_from_host(int e)
{
	for (size_t i = 1; i < sizeof host_errnos / sizeof host_errnos[0]; i++)
		if (host_errnos[i] == e)
			return (int)i;
	return W64_WASI_ERRNO_IO;
}
