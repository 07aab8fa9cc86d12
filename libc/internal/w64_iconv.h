/*
 * What iconv_open hands iconv: the two encodings and the conversion's
 * state.
 */
#ifndef W64_ICONV_H
#define W64_ICONV_H

/* The encodings, by the shape of their code units.  The byte order of
 * the 16- and 32-bit ones is W64_ORDER_*. */
enum {
	W64_CS_ASCII,  /* 0x00-0x7f */
	W64_CS_LATIN1, /* 0x00-0xff, each byte its code point */
	W64_CS_UTF8,
	W64_CS_UTF16, /* surrogate pairs */
	W64_CS_UCS2,  /* the BMP only */
	W64_CS_UTF32, /* also UCS-4 and WCHAR_T */
};

enum {
	W64_ORDER_LE,
	W64_ORDER_BE,
	/* Reading: a byte-order mark first says the order (and is dropped),
	 * little-endian without one; writing: a mark, then little-endian. */
	W64_ORDER_BOM,
};

/* Flags from the suffixes of the target's name. */
#define W64_ICONV_TRANSLIT 1u /* what it cannot encode becomes '?' */
#define W64_ICONV_IGNORE 2u   /* what cannot be converted is skipped */

struct __w64_iconv {
	unsigned char from, from_order, to, to_order, flags;
	/* From W64_ORDER_BOM: the order the last mark said (LE before
	 * any), and whether a mark may come next (after iconv_open and
	 * each reset, until a whole unit is read). */
	unsigned char in_order, mark_next;
	/* To W64_ORDER_BOM: whether the mark is out (a reset clears it). */
	unsigned char bom_written;
};

#endif
