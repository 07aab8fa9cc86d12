#ifndef W64_DIR_H
#define W64_DIR_H

#include <dirent.h>
#include <stddef.h>
#include <stdint.h>

/*
 * A directory stream: the records of the last fd_readdir, and the cookie
 * where the next record starts.  The host cuts the last record off when
 * its buffer ends; the stream then asks again from that record's cookie
 * (with a bigger buffer if one record does not fit).
 */
struct __w64_dir {
	int fd;
	uint64_t cookie;    /* where the record at buf[pos] starts */
	unsigned char *buf;
	size_t cap, len, pos;
	int at_end;         /* the last fetch did not fill the buffer */
	struct dirent entry;
};

#endif
