#include <stdint.h>

#include "w64_host.h"
#include "wasi_import.h"

/* (i64 environ, i64 environ_buf) -> i32 errno; environ receives 8-byte
 * pointers to "NAME=VALUE\0" strings the host writes into environ_buf */
W64_WASI_IMPORT(environ_get)
int32_t __w64_wasi_environ_get(char **environ, char *environ_buf);

int __w64_host_environ_get(char **environ, char *environ_buf)
{
	return W64_WASI_ERRNO(__w64_wasi_environ_get(environ, environ_buf));
}
