#include <stdlib.h>
#include <sys/stat.h>

#include "w64_tmp.h"

static int is_dir(const char *path)
{
	struct stat st;
	return path != NULL && path[0] != '\0' && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A directory that exists only above the preopens cannot hold files,
 * and stat says it is not there: such a $TMPDIR is passed over too. */
const char *__w64_tmp_dir(const char *dir)
{
	const char *env = getenv("TMPDIR");
	if (is_dir(env))
		return env;
	if (is_dir(dir))
		return dir;
	if (is_dir("/tmp"))
		return "/tmp";
	return ".";
}
