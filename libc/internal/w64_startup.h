/*
 * Program start and exit glue shared by crt1.o and libc.a.
 *
 * clang names a C `main` after its parameters on WebAssembly:
 * `int main(void)` becomes `__main_void` and `int main(int, char **)`
 * becomes `__main_argc_argv`.  crt1.o always calls `__main_void`; libc.a
 * supplies a weak one that fetches the arguments and calls
 * `__main_argc_argv`, and it is linked only when the program's main takes
 * arguments.
 */
#ifndef W64_STARTUP_H
#define W64_STARTUP_H

void _start(void);
void __wasm_call_ctors(void); /* synthesized by wasm-ld */
int __main_void(void);
int __main_argc_argv(int argc, char **argv);

/* A list of exit handlers (atexit's, at_quick_exit's).  C requires room
 * for at least 32 registrations; a fixed table needs no allocator. */
#define W64_EXIT_HANDLERS_MAX 32
struct w64_exit_handlers {
	void (*func[W64_EXIT_HANDLERS_MAX])(void);
	unsigned count;
};
/* Adds func: 0, or -1 when the table is full. */
__attribute__((visibility("hidden"))) int __w64_exit_handlers_add(struct w64_exit_handlers *h,
								  void (*func)(void));
/* Runs and forgets them, most recently registered first. */
__attribute__((visibility("hidden"))) void __w64_exit_handlers_run(struct w64_exit_handlers *h);

/* Run and forget the atexit handlers. */
__attribute__((visibility("hidden"))) void __w64_run_atexit(void);

/* The same for at_quick_exit's handlers (quick_exit holds a weak empty
 * one, for programs that register none). */
__attribute__((visibility("hidden"))) void __w64_run_at_quick_exit(void);

/*
 * Flush and close every stdio stream.  exit() holds an empty weak default;
 * the buffered stdio, when it exists, defines the real one, so programs that
 * never use stdio do not link it.
 */
__attribute__((visibility("hidden"))) void __w64_stdio_exit(void);

#endif
