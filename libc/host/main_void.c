/*
 * The weak __main_void for programs whose main takes (argc, argv): fetch the
 * arguments from the host and call __main_argc_argv.  When main takes no
 * arguments clang defines a strong __main_void in the program itself, this
 * file is never pulled from libc.a, and no args_* import is linked.
 */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "w64_host.h"
#include "w64_startup.h"

#define W64_PAGE_SIZE 65536u

/* sysexits.h's EX_OSERR: the environment failed, not the program. */
#define W64_EXIT_OSERR 71

static __attribute__((noreturn)) void args_failed(void)
{
	static const char msg[] = "libc: cannot get the program arguments from the host\n";
	write(STDERR_FILENO, msg, sizeof msg - 1);
	_Exit(W64_EXIT_OSERR);
}

/*
 * argv and its strings must live until the program ends and may be of any
 * size, so neither a static buffer nor the stack (64 KiB by default) will
 * do, and there is no malloc yet.  They go into pages we grow the memory by
 * ourselves: those pages belong to no one else (other allocators in the
 * module, e.g. Rust's, only ever use pages they grew themselves) and are
 * never given back.  The cost is at least one 64 KiB page per program that
 * takes arguments; once malloc exists this can allocate instead.
 */
__attribute__((weak)) int __main_void(void)
{
	size_t argc, buf_size;

	if (__w64_host_args_sizes_get(&argc, &buf_size) != 0)
		args_failed();
	/* main takes an int, and argv[argc] is the extra NULL slot. */
	if (argc >= INT_MAX)
		args_failed();

	size_t vec_size = (argc + 1) * sizeof(char *);
	if (buf_size > SIZE_MAX - vec_size - (W64_PAGE_SIZE - 1))
		args_failed();
	size_t pages = (vec_size + buf_size + (W64_PAGE_SIZE - 1)) / W64_PAGE_SIZE;

	size_t old_pages = __builtin_wasm_memory_grow(0, pages);
	if (old_pages == SIZE_MAX)
		args_failed();

	/* Page-aligned: the pointer array first, then the strings. */
	char **argv = (char **)(uintptr_t)(old_pages * W64_PAGE_SIZE);
	char *buf = (char *)(argv + argc + 1);
	if (__w64_host_args_get(argv, buf) != 0)
		args_failed();
	argv[argc] = NULL;

	return __main_argc_argv((int)argc, argv);
}
