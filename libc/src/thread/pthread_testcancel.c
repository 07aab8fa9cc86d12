#include <pthread.h>

/* No cancellation can be pending (pthread_cancel cannot reach another
 * thread, and cancels of the caller itself are refused). */
void pthread_testcancel(void)
{
}
