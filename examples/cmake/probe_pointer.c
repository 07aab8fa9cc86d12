#include <unistd.h>

int main(void)
{
	/* "8" on wasm64: printed by the program, read back by try_run. */
	char c = (char)('0' + sizeof(void *));
	write(STDOUT_FILENO, &c, 1);
	return 0;
}
