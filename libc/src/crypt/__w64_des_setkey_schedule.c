#include "w64_crypt.h"

/* All zero: the schedule of the zero key, which encrypt uses until a
 * setkey. */
struct __w64_des_key __w64_des_setkey_schedule;
