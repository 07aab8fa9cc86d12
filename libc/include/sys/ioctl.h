/* sys/ioctl.h: the requests WASI can answer (docs/libc.md). */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

/* Linux's request numbers. */
#define FIONREAD 0x541B
#define FIONBIO 0x5421
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414

struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

#ifdef __cplusplus
extern "C" {
#endif

int ioctl(int __fd, int __request, ...);

#ifdef __cplusplus
}
#endif

#endif
