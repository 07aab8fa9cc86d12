/* fflush(f) under f's lock; fflush(NULL) flushes each stream under its
 * own (__w64_file_flush takes it). */
#define fflush w64_fflush_unlocked
#include "../../../src/stdio/fflush.c"
#undef fflush

int fflush(FILE *f)
{
	if (f == NULL)
		return w64_fflush_unlocked(NULL);
	__w64_file_lock(f);
	int ret = w64_fflush_unlocked(f);
	__w64_file_unlock(f);
	return ret;
}
