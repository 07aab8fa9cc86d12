#ifndef CHECKSUM_H
#define CHECKSUM_H

/* The sum of a string's bytes. */
unsigned long checksum(const char *s);

#endif
