/* sys/signal.h: programs that include this mean <signal.h>. */
#include <signal.h>
