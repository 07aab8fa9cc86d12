/* arpa/tftp.h: TFTP packets (RFC 1350). */
#ifndef _ARPA_TFTP_H
#define _ARPA_TFTP_H

#define SEGSIZE 512 /* data bytes in a packet */

/* th_opcode */
#define RRQ 1
#define WRQ 2
#define DATA 3
#define ACK 4
#define ERROR 5 /* the same as arpa/ftp.h's */

struct tftphdr {
	short th_opcode;
	union {
		unsigned short tu_block; /* DATA, ACK */
		short tu_code;           /* ERROR */
		char tu_stuff[1];        /* RRQ, WRQ: the file name */
	} th_u;
	char th_data[1]; /* DATA: the data; ERROR: the message */
};

#define th_block th_u.tu_block
#define th_code th_u.tu_code
#define th_stuff th_u.tu_stuff
#define th_msg th_data

/* th_code of an ERROR */
#define EUNDEF 0
#define ENOTFOUND 1
#define EACCESS 2
#define ENOSPACE 3
#define EBADOP 4
#define EBADID 5
#define EEXISTS 6
#define ENOUSER 7

#endif
