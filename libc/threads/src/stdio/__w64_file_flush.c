/*
 * The flush under the stream's lock.  Every flush goes through here,
 * also those the caller did not ask for (the line-buffered streams
 * before a read, every stream at fflush(NULL), under the list's lock):
 * those skip a stream another thread holds while the caller holds one
 * (__w64_file_lock_nested); that thread writes it out itself.  At exit
 * every stream is flushed, held or not.
 */
#define __w64_file_flush w64_file_flush_unlocked
#include "../../../src/stdio/__w64_file_flush.c"
#undef __w64_file_flush

__attribute__((visibility("hidden"))) int __w64_file_flush(struct __w64_file *f)
{
	int locked = __w64_file_lock_nested(f);
	if (locked < 0)
		return 0;
	int ret = w64_file_flush_unlocked(f);
	if (locked == 0)
		__w64_file_unlock(f);
	return ret;
}
