/*
 * The wasm32 test programs' start: freestanding, no libc.  Its imports come
 * from wasi_api.h, which on wasm32 declares them with i32 pointers and
 * sizes (WASI's own signatures).  Fetches argv and calls test_main.
 */
#include "wasi_api.h"

int test_main(int argc, char **argv);

static char arg_buf[4096];
static char *arg_ptrs[64];

void _start(void)
{
	size_t argc, size;
	if (w_args_sizes_get(&argc, &size) != 0 || argc >= 64 || size > sizeof arg_buf ||
	    w_args_get(arg_ptrs, arg_buf) != 0)
		w_proc_exit(71);
	arg_ptrs[argc] = 0;
	w_proc_exit((uint32_t)test_main((int)argc, arg_ptrs));
}

/* clang may turn loops and struct copies into calls to these. */
void *memset(void *d, int c, size_t n)
{
	unsigned char *p = d;
	while (n--)
		*p++ = (unsigned char)c;
	return d;
}

void *memcpy(void *restrict d, const void *restrict s, size_t n)
{
	unsigned char *p = d;
	const unsigned char *q = s;
	while (n--)
		*p++ = *q++;
	return d;
}
