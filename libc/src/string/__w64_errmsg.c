#include <errno.h>
#include <stddef.h>

#include "w64_string.h"

/* One message per WASI errno, indexed by value (docs/host-abi.md). */
static const char *const messages[] = {
	[ESUCCESS] = "Success",
	[E2BIG] = "Argument list too long",
	[EACCES] = "Permission denied",
	[EADDRINUSE] = "Address in use",
	[EADDRNOTAVAIL] = "Address not available",
	[EAFNOSUPPORT] = "Address family not supported by protocol",
	[EAGAIN] = "Resource temporarily unavailable",
	[EALREADY] = "Operation already in progress",
	[EBADF] = "Bad file descriptor",
	[EBADMSG] = "Bad message",
	[EBUSY] = "Resource busy",
	[ECANCELED] = "Operation canceled",
	[ECHILD] = "No child process",
	[ECONNABORTED] = "Connection aborted",
	[ECONNREFUSED] = "Connection refused",
	[ECONNRESET] = "Connection reset by peer",
	[EDEADLK] = "Resource deadlock would occur",
	[EDESTADDRREQ] = "Destination address required",
	[EDOM] = "Domain error",
	[EDQUOT] = "Quota exceeded",
	[EEXIST] = "File exists",
	[EFAULT] = "Bad address",
	[EFBIG] = "File too large",
	[EHOSTUNREACH] = "Host is unreachable",
	[EIDRM] = "Identifier removed",
	[EILSEQ] = "Illegal byte sequence",
	[EINPROGRESS] = "Operation in progress",
	[EINTR] = "Interrupted system call",
	[EINVAL] = "Invalid argument",
	[EIO] = "I/O error",
	[EISCONN] = "Socket is connected",
	[EISDIR] = "Is a directory",
	[ELOOP] = "Too many levels of symbolic links",
	[EMFILE] = "Too many open files",
	[EMLINK] = "Too many links",
	[EMSGSIZE] = "Message too long",
	[EMULTIHOP] = "Multihop attempted",
	[ENAMETOOLONG] = "Filename too long",
	[ENETDOWN] = "Network is down",
	[ENETRESET] = "Connection reset by network",
	[ENETUNREACH] = "Network unreachable",
	[ENFILE] = "Too many open files in system",
	[ENOBUFS] = "No buffer space available",
	[ENODEV] = "No such device",
	[ENOENT] = "No such file or directory",
	[ENOEXEC] = "Exec format error",
	[ENOLCK] = "No locks available",
	[ENOLINK] = "Link has been severed",
	[ENOMEM] = "Out of memory",
	[ENOMSG] = "No message of desired type",
	[ENOPROTOOPT] = "Protocol not available",
	[ENOSPC] = "No space left on device",
	[ENOSYS] = "Function not implemented",
	[ENOTCONN] = "Socket not connected",
	[ENOTDIR] = "Not a directory",
	[ENOTEMPTY] = "Directory not empty",
	[ENOTRECOVERABLE] = "State not recoverable",
	[ENOTSOCK] = "Not a socket",
	[ENOTSUP] = "Not supported",
	[ENOTTY] = "Not a tty",
	[ENXIO] = "No such device or address",
	[EOVERFLOW] = "Value too large for data type",
	[EOWNERDEAD] = "Previous owner died",
	[EPERM] = "Operation not permitted",
	[EPIPE] = "Broken pipe",
	[EPROTO] = "Protocol error",
	[EPROTONOSUPPORT] = "Protocol not supported",
	[EPROTOTYPE] = "Protocol wrong type for socket",
	[ERANGE] = "Result not representable",
	[EROFS] = "Read-only file system",
	[ESPIPE] = "Invalid seek",
	[ESRCH] = "No such process",
	[ESTALE] = "Stale file handle",
	[ETIMEDOUT] = "Operation timed out",
	[ETXTBSY] = "Text file busy",
	[EXDEV] = "Cross-device link",
	[ENOTCAPABLE] = "Capabilities insufficient",
};

const char *__w64_errmsg(int err)
{
	if (err < 0 || (size_t)err >= sizeof messages / sizeof messages[0])
		return NULL;
	return messages[err];
}

char *__w64_unknown_errmsg(char buf[W64_UNKNOWN_ERRMSG_SIZE], int err)
{
	static const char prefix[] = "Unknown error ";
	char digits[12];
	int n = 0;
	/* Through unsigned, so INT_MIN has a magnitude. */
	unsigned mag = err < 0 ? 0u - (unsigned)err : (unsigned)err;

	do {
		digits[n++] = (char)('0' + mag % 10);
		mag /= 10;
	} while (mag != 0);
	size_t at = sizeof prefix - 1;
	for (size_t i = 0; i < at; i++)
		buf[i] = prefix[i];
	if (err < 0)
		buf[at++] = '-';
	while (n > 0)
		buf[at++] = digits[--n];
	buf[at] = '\0';
	return buf;
}
