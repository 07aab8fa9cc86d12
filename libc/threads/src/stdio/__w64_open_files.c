/*
 * Adding a stream to the list (at its first use) and taking it off (at
 * fclose, just before it is freed) under the list's lock, which the
 * walks of the list hold too (__w64_file_list_lock).
 */
#define __w64_file_ready w64_file_ready_unlocked
#define __w64_file_unlink w64_file_unlink_unlocked
#define __w64_stdio_exit w64_stdio_exit_locked
#include "../../../src/stdio/__w64_open_files.c"
#undef __w64_file_ready
#undef __w64_file_unlink
#undef __w64_stdio_exit

/* exit's flush of every stream: without waiting for the streams other
 * threads hold (they may never let go), as glibc's exit does. */
__attribute__((visibility("hidden"))) void __w64_stdio_exit(void)
{
	__w64_file_exiting();
	w64_stdio_exit_locked();
}

__attribute__((visibility("hidden"))) void __w64_file_ready(struct __w64_file *f)
{
	__w64_file_list_lock();
	w64_file_ready_unlocked(f);
	__w64_file_list_unlock();
}

__attribute__((visibility("hidden"))) void __w64_file_unlink(struct __w64_file *f)
{
	__w64_file_list_lock();
	w64_file_unlink_unlocked(f);
	__w64_file_list_unlock();
}
