/* sys/stropts.h: <stropts.h>. */
#include <stropts.h>
