/* fclose: the stream's lock is taken to wait until no other thread uses
 * the stream, then let go before the close, which frees a stream fopen
 * made (using a stream while another thread closes it is the caller's
 * race, as any use of a closed stream).  The close flushes under the
 * lock again (__w64_file_flush) and leaves the list under its lock. */
#define fclose w64_fclose_unlocked
#include "../../../src/stdio/fclose.c"
#undef fclose

int fclose(FILE *f)
{
	__w64_file_lock(f);
	__w64_file_unlock(f);
	return w64_fclose_unlocked(f);
}
