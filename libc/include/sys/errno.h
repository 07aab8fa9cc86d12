/* sys/errno.h: programs that include this mean <errno.h>. */
#include <errno.h>
