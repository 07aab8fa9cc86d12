#ifndef W64_UNAME_H
#define W64_UNAME_H

/* The fixed answers about the system (uname, gethostname...): WASI
 * cannot say what machine the host is. */
#define W64_SYSNAME "wasi"
#define W64_NODENAME "localhost"
#define W64_RELEASE "0.0.0"
#define W64_VERSION "0.0.0"
#if __SIZEOF_POINTER__ == 8
#define W64_MACHINE "wasm64"
#else
#define W64_MACHINE "wasm32"
#endif
#define W64_DOMAINNAME "(none)"

#endif
