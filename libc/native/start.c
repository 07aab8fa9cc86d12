/*
 * crt1's job for the host-side builds of tests/libc/ programs: the test's own
 * main is renamed w64_main (libc/native.mk), and returning from it goes
 * through the libc under test's exit(), as in wasm, so its atexit
 * handlers run and its stdout is flushed.
 */
int w64_main(int argc, char **argv);
__attribute__((noreturn)) void w64_exit(int status);

int main(int argc, char **argv)
{
	w64_exit(w64_main(argc, argv));
}
