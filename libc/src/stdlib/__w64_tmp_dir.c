#include <stdlib.h>

#include "w64_tmp.h"

const char *__w64_tmp_dir(int i)
{
	const char *env = getenv("TMPDIR");

	if (env != NULL && env[0] != '\0') {
		if (i == 0)
			return env;
		i--;
	}
	switch (i) {
	case 0:
		return "/tmp";
	case 1:
		return ".";
	default:
		return NULL;
	}
}
