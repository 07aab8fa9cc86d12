/* arpa/ftp.h: FTP's reply classes, types, formats, structures and modes
 * (RFC 959). */
#ifndef _ARPA_FTP_H
#define _ARPA_FTP_H

/* The first digit of a reply. */
#define PRELIM 1
#define COMPLETE 2
#define CONTINUE 3
#define TRANSIENT 4
#define ERROR 5 /* the same as arpa/tftp.h's */

/* TYPE */
#define TYPE_A 1 /* ASCII */
#define TYPE_E 2 /* EBCDIC */
#define TYPE_I 3 /* image */
#define TYPE_L 4 /* local byte size */

/* FORM */
#define FORM_N 1 /* non-print */
#define FORM_T 2 /* telnet format effectors */
#define FORM_C 3 /* carriage control (ASA) */

/* STRU */
#define STRU_F 1 /* file */
#define STRU_R 2 /* record */
#define STRU_P 3 /* page */

/* MODE */
#define MODE_S 1 /* stream */
#define MODE_B 2 /* block */
#define MODE_C 3 /* compressed */

/* Block mode record descriptors. */
#define REC_ESC '\377'
#define REC_EOR '\001'
#define REC_EOF '\002'

#define BLK_EOR 0x80     /* end of record */
#define BLK_EOF 0x40     /* end of file */
#define BLK_ERRORS 0x20  /* suspect data */
#define BLK_RESTART 0x10 /* a restart marker */
#define BLK_BYTECOUNT 2  /* bytes in the count */

#endif
