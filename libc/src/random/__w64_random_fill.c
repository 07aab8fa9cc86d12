#include <unistd.h>

#include "w64_host.h"
#include "w64_random.h"

void __w64_random_fill(void *buf, size_t len)
{
	if (len == 0 || __w64_host_random_get(buf, len) == 0)
		return;
	static const char msg[] = "arc4random: the host's random_get failed\n";
	write(STDERR_FILENO, msg, sizeof msg - 1);
	__builtin_trap();
}
