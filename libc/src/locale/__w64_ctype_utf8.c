#include "w64_locale.h"

/* Every program starts in the "C" locale (C11 7.11.1.1p4). */
int __w64_ctype_utf8;
