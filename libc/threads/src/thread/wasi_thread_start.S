/*
 * wasi_thread_start(tid, start_arg): what the host calls in a new
 * thread's instance (wasi-threads; docs/host-abi.md).  The instance
 * starts with the main thread's stack pointer, so no C may run before
 * __stack_pointer is set: this gives the thread its own stack (the
 * first word of its descriptor, start_arg), then runs
 * __w64_thread_entry, and at the very end frees what that returns (the
 * block of a detached thread, holding this very stack: after free
 * returns nothing here reads memory).
 */
#ifdef __wasm64__
#define PTR i64
#define LOAD i64.load
#else
#define PTR i32
#define LOAD i32.load
#endif

	.globaltype __stack_pointer, PTR
	.functype __w64_thread_entry (i32, PTR) -> (PTR)
	.functype free (PTR) -> ()

	.text
	.export_name wasi_thread_start, wasi_thread_start
	.globl wasi_thread_start
	.type wasi_thread_start,@function
wasi_thread_start:
	.functype wasi_thread_start (i32, PTR) -> ()
	local.get 1
	LOAD 0
	global.set __stack_pointer
	local.get 0
	local.get 1
	call __w64_thread_entry
	call free
	end_function
