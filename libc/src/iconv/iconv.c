/*
 * iconv: each character is decoded from the source to its code point,
 * then encoded into the target.  Code points are Unicode scalar values
 * (no surrogates, nothing past U+10FFFF): a source unit outside them is
 * invalid input, whatever the encoding could hold.
 *
 * Errors leave *in at the start of the character at fault and everything
 * before it converted: EILSEQ for invalid input or a character the target
 * cannot encode, EINVAL for a character cut short by the end of the
 * input (only a beginning that could still become a valid character:
 * UTF-8's lead byte and continuation bytes, a high surrogate, a partial
 * unit), E2BIG when the next character does not fit.
 */
#include <errno.h>
#include <iconv.h>
#include <stddef.h>
#include <stdint.h>

#include "w64_errno.h"
#include "w64_iconv.h"

#define INVALID (-1)    /* not a character of the source */
#define INCOMPLETE (-2) /* the input ends inside one */
#define TOO_BIG (-1)    /* the target has no room for it */
#define UNENCODABLE 0   /* the target has no such character */

static uint32_t load(const unsigned char *p, unsigned size, unsigned order)
{
	uint32_t v = 0;
	for (unsigned i = 0; i < size; i++)
		v |= (uint32_t)p[i] << 8 * (order == W64_ORDER_BE ? size - 1 - i : i);
	return v;
}

static void store(unsigned char *p, uint32_t v, unsigned size, unsigned order)
{
	for (unsigned i = 0; i < size; i++)
		p[i] = (unsigned char)(v >> 8 * (order == W64_ORDER_BE ? size - 1 - i : i));
}

static int is_surrogate(uint32_t c)
{
	return c >= 0xd800 && c <= 0xdfff;
}

/* The size of the source's code unit (UTF-8's is a byte). */
static unsigned unit_size(unsigned cs)
{
	return cs == W64_CS_UTF32 ? 4 : cs == W64_CS_UTF16 || cs == W64_CS_UCS2 ? 2 : 1;
}

static int decode_utf8(const unsigned char *p, size_t n, uint32_t *c)
{
	static const uint32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
	unsigned b = p[0];
	if (b < 0x80) {
		*c = b;
		return 1;
	}
	if (b < 0xc2 || b > 0xf4)
		return INVALID;
	int len = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
	uint32_t v = b & (0x7fu >> len);
	for (int i = 1; i < len; i++) {
		if ((size_t)i >= n)
			return INCOMPLETE;
		if ((p[i] & 0xc0) != 0x80)
			return INVALID;
		v = v << 6 | (p[i] & 0x3f);
	}
	if (v < least[len] || v > 0x10ffff || is_surrogate(v))
		return INVALID;
	*c = v;
	return len;
}

/* One character from p (n > 0 bytes); the byte count, or INVALID or
 * INCOMPLETE.  order is the source's, a byte-order mark already read. */
static int decode(unsigned cs, unsigned order, const unsigned char *p, size_t n, uint32_t *c)
{
	uint32_t v;
	switch (cs) {
	case W64_CS_ASCII:
		if (p[0] > 0x7f)
			return INVALID;
		*c = p[0];
		return 1;
	case W64_CS_LATIN1:
		*c = p[0];
		return 1;
	case W64_CS_UTF8:
		return decode_utf8(p, n, c);
	case W64_CS_UTF16:
	case W64_CS_UCS2:
		if (n < 2)
			return INCOMPLETE;
		v = load(p, 2, order);
		if (cs == W64_CS_UTF16 && v >= 0xd800 && v <= 0xdbff) {
			if (n < 4)
				return INCOMPLETE;
			uint32_t low = load(p + 2, 2, order);
			if (low < 0xdc00 || low > 0xdfff)
				return INVALID;
			*c = 0x10000 + ((v - 0xd800) << 10) + (low - 0xdc00);
			return 4;
		}
		if (is_surrogate(v))
			return INVALID;
		*c = v;
		return 2;
	default:
		if (n < 4)
			return INCOMPLETE;
		v = load(p, 4, order);
		if (v > 0x10ffff || is_surrogate(v))
			return INVALID;
		*c = v;
		return 4;
	}
}

/* Writes c into p (room bytes); the byte count, or TOO_BIG or
 * UNENCODABLE. */
static int encode(unsigned cs, unsigned order, unsigned char *p, size_t room, uint32_t c)
{
	int len;
	switch (cs) {
	case W64_CS_ASCII:
	case W64_CS_LATIN1:
		if (c > (cs == W64_CS_ASCII ? 0x7fu : 0xffu))
			return UNENCODABLE;
		if (room < 1)
			return TOO_BIG;
		p[0] = (unsigned char)c;
		return 1;
	case W64_CS_UTF8:
		len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
		if (room < (size_t)len)
			return TOO_BIG;
		if (len == 1) {
			p[0] = (unsigned char)c;
			return 1;
		}
		for (int i = len - 1; i > 0; i--, c >>= 6)
			p[i] = (unsigned char)(0x80 | (c & 0x3f));
		p[0] = (unsigned char)((0xf00u >> len) | c);
		return len;
	case W64_CS_UTF16:
	case W64_CS_UCS2:
		if (c > 0xffff) {
			if (cs == W64_CS_UCS2)
				return UNENCODABLE;
			if (room < 4)
				return TOO_BIG;
			store(p, 0xd800 + ((c - 0x10000) >> 10), 2, order);
			store(p + 2, 0xdc00 + ((c - 0x10000) & 0x3ff), 2, order);
			return 4;
		}
		if (room < 2)
			return TOO_BIG;
		store(p, c, 2, order);
		return 2;
	default:
		if (room < 4)
			return TOO_BIG;
		store(p, c, 4, order);
		return 4;
	}
}

/* Without input, back to the initial state: a mark may be read again,
 * and the next character written gets one. */
static size_t reset(struct __w64_iconv *cd)
{
	cd->mark_next = 1;
	cd->bom_written = 0;
	return 0;
}

size_t iconv(iconv_t handle, char **restrict in, size_t *restrict inleft, char **restrict out,
	     size_t *restrict outleft)
{
	struct __w64_iconv *cd = handle;
	if (cd == NULL || handle == (iconv_t)-1)
		return (size_t)__w64_set_errno(EBADF);
	if (in == NULL || *in == NULL)
		return reset(cd);

	const unsigned char *ip = (const unsigned char *)*in, *done = ip;
	unsigned char *op = (unsigned char *)*out;
	size_t il = *inleft, ol = *outleft, irreversible = 0;
	int err = 0, skipped_in = 0, skipped_out = 0;
	unsigned in_order = cd->from_order;
	unsigned to_order = cd->to_order == W64_ORDER_BOM ? W64_ORDER_LE : cd->to_order;
	while (il > 0) {
		if (cd->from_order == W64_ORDER_BOM) {
			/* A mark (read as little-endian) is dropped; a swapped
			 * one makes the rest big-endian.  Without a mark the
			 * order stays what it was, also after a reset; so does
			 * a big-endian order after a little-endian mark.  These
			 * are glibc's answers. */
			unsigned size = unit_size(cd->from);
			if (cd->mark_next) {
				if (il < size) {
					err = EINVAL;
					break;
				}
				cd->mark_next = 0;
				uint32_t unit = load(ip, size, W64_ORDER_LE);
				if (unit == 0xfeff || unit == (size == 2 ? 0xfffeu : 0xfffe0000u)) {
					if (unit != 0xfeff)
						cd->in_order = W64_ORDER_BE;
					ip += size;
					il -= size;
					done = ip;
					continue;
				}
			}
			in_order = cd->in_order;
		}
		uint32_t c;
		int used = decode(cd->from, in_order, ip, il, &c);
		if (used == INCOMPLETE) {
			err = EINVAL;
			break;
		}
		if (used == INVALID) {
			if (!(cd->flags & W64_ICONV_IGNORE)) {
				err = EILSEQ;
				break;
			}
			size_t skip = unit_size(cd->from) < il ? unit_size(cd->from) : il;
			skipped_in = 1;
			ip += skip;
			il -= skip;
			continue;
		}
		/* A full buffer is found before what the character is, as in
		 * glibc: with no room for the target's smallest unit, E2BIG. */
		if (ol < unit_size(cd->to)) {
			err = E2BIG;
			break;
		}
		if (cd->to_order == W64_ORDER_BOM && !cd->bom_written) {
			int len = encode(cd->to, W64_ORDER_LE, op, ol, 0xfeff);
			if (len == TOO_BIG) {
				err = E2BIG;
				break;
			}
			cd->bom_written = 1;
			op += len;
			ol -= (size_t)len;
		}
		int len = encode(cd->to, to_order, op, ol, c);
		if (len == UNENCODABLE) {
			if (cd->flags & W64_ICONV_TRANSLIT) {
				len = encode(cd->to, to_order, op, ol, '?');
				irreversible++;
			} else if (cd->flags & W64_ICONV_IGNORE) {
				skipped_out = 1;
				len = 0;
			} else {
				err = EILSEQ;
				break;
			}
		}
		if (len == TOO_BIG) {
			err = E2BIG;
			break;
		}
		ip += used;
		il -= (size_t)used;
		done = ip;
		op += len;
		ol -= (size_t)len;
	}
	/* Stopped for room, the input is taken up to the last character
	 * converted: invalid input //IGNORE skipped after it is read again
	 * next time (glibc's answer). */
	if (err == E2BIG) {
		il += (size_t)(ip - done);
		ip = done;
	}
	*in = (char *)ip;
	*inleft = il;
	*out = (char *)op;
	*outleft = ol;
	/* What //IGNORE skipped still fails the call once all the rest is
	 * converted; so does a character the target lacks when the input
	 * then ends inside a character (glibc's answers). */
	if ((err == 0 && (skipped_in || skipped_out)) || (err == EINVAL && skipped_out))
		err = EILSEQ;
	if (err != 0)
		return (size_t)__w64_set_errno(err);
	return irreversible;
}
