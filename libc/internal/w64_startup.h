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

/* Run and forget the atexit handlers, most recently registered first. */
__attribute__((visibility("hidden"))) void __w64_run_atexit(void);

/*
 * Flush and close every stdio stream.  exit() holds an empty weak default;
 * the buffered stdio, when it exists, defines the real one, so programs that
 * never use stdio do not link it.
 */
__attribute__((visibility("hidden"))) void __w64_stdio_exit(void);

#endif
