#include <stddef.h>
#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

_Static_assert(sizeof(struct __w64_subscription_clock) == 48 &&
	       offsetof(struct __w64_subscription_clock, id) == 16 &&
	       offsetof(struct __w64_subscription_clock, timeout) == 24 &&
	       offsetof(struct __w64_subscription_clock, flags) == 40,
	       "a clock subscription must match WASI's layout (docs/host-abi.md)");
_Static_assert(sizeof(struct __w64_event) == 32 && offsetof(struct __w64_event, error) == 8 &&
	       offsetof(struct __w64_event, type) == 10 &&
	       offsetof(struct __w64_event, nbytes) == 16,
	       "event must match WASI's layout (docs/host-abi.md)");

/* (i64 in, i64 out, i64 nsubscriptions, i64 nevents_ptr) -> i32 errno;
 *  48-byte subscriptions in, 32-byte events out */
W64_WASI_IMPORT(poll_oneoff)
int32_t __w64_wasi_poll_oneoff(const void *in, void *out, size_t nsubscriptions,
			size_t *nevents);

int __w64_host_poll_oneoff(const void *in, void *out, size_t nsubscriptions, size_t *nevents)
{
	return W64_WASI_ERRNO(__w64_wasi_poll_oneoff(in, out, nsubscriptions, nevents));
}
