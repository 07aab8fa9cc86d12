#include <fcntl.h>
#include <stropts.h>

/* No descriptor is a STREAMS file; a closed one is EBADF (from fcntl). */
int isastream(int fd)
{
	return fcntl(fd, F_GETFD) < 0 ? -1 : 0;
}
