#include "w64_nameser.h"

/* The header's flags word: QR, opcode (4 bits), AA, TC, RD, RA, Z, AD,
 * CD, rcode (4 bits), from the top bit down. */
int ns_msg_getflag(ns_msg handle, int flag)
{
	static const struct {
		unsigned short mask;
		unsigned char shift;
	} fields[ns_f_max] = {{0x8000, 15}, {0x7800, 11}, {0x0400, 10}, {0x0200, 9}, {0x0100, 8},
			      {0x0080, 7},  {0x0040, 6},  {0x0020, 5},  {0x0010, 4}, {0x000f, 0}};
	if (flag < 0 || flag >= ns_f_max)
		return 0;
	return (handle._flags & fields[flag].mask) >> fields[flag].shift;
}
