/*
 * The growing buffer under open_memstream (bytes) and open_wmemstream
 * (wchar_t): one implementation of the rule docs/libc.md states, in
 * elements of `elem` bytes.  After each fflush and fclose, *ptr is the
 * buffer and *sizeloc the position; a zero element follows the furthest
 * one written; a seek past the end fills the gap with zeros; SEEK_END
 * counts from the stream's end, which a write moves to where it stopped,
 * a seek to where it lands when that is further, and fflush to the
 * position.  Each stream brings its own write function (which puts
 * elements at pos with __w64_memstream_put) and shares the rest.
 */
#ifndef W64_MEMSTREAM_H
#define W64_MEMSTREAM_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>
#include <wchar.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

struct __w64_memstream {
	void *ptr; /* the caller's char ** or wchar_t ** */
	size_t *sizeloc;
	unsigned char *buf;
	size_t elem;
	size_t cap, len, pos, end; /* in elements; len holds data or zeros */
	mbstate_t state;           /* open_wmemstream's decoder */
};

/* A write-only stream over a new buffer of elem-byte elements whose
 * cookie write is `write`; NULL with errno set. */
W64_HIDDEN FILE *__w64_memstream_open(void *ptr, size_t *sizeloc, size_t elem,
				       ssize_t (*write)(void *cookie, const char *p, size_t n));

/* Stores n elements at pos (and moves pos and the end past them); 0, or
 * ENOMEM with nothing stored. */
W64_HIDDEN int __w64_memstream_put(struct __w64_memstream *m, const void *p, size_t n);

#undef W64_HIDDEN

#endif
