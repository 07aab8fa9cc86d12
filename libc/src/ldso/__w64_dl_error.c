#include <stddef.h>

#include "w64_dl.h"

const char *__w64_dl_error;
