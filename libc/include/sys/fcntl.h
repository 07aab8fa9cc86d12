/* sys/fcntl.h: programs that include this mean <fcntl.h>. */
#include <fcntl.h>
