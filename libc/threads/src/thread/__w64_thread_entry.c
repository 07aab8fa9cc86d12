#include <pthread.h>
#include <setjmp.h>

#include "w64_pthread.h"
#include "w64_thread.h"

_Thread_local struct __w64_thread *__w64_self;
int __w64_threads_running;

/* Synthesized by wasm-ld for a shared memory: points __tls_base at the
 * block and copies the TLS image (.tdata, zeroed .tbss) into it. */
void __wasm_init_tls(void *block);

/*
 * The C half of wasi_thread_start, on the thread's own stack: sets up
 * its TLS, runs the start routine (pthread_exit comes back here through
 * exit_jmp), runs the key destructors, and hands the result to the
 * joiner.  Returns the block to free when the thread is detached (the
 * caller frees it as its last act), else NULL: the joiner frees it.
 */
__attribute__((visibility("hidden"))) void *__w64_thread_entry(int tid, struct __w64_thread *t);
void *__w64_thread_entry(int tid, struct __w64_thread *t)
{
	__wasm_init_tls(t->tls);
	__w64_self = t;
	t->tid = tid;
	jmp_buf exit_jmp;
	t->exit_jmp = &exit_jmp;
	if (setjmp(exit_jmp) == 0)
		t->result = t->start(t->arg);
	__w64_tsd_run_destructors();
	if (__atomic_sub_fetch(&__w64_threads_running, 1, __ATOMIC_ACQ_REL) == 0)
		__w64_futex_wake(&__w64_threads_running, INT32_MAX);
	int joinable = W64_JOINABLE;
	if (!__atomic_compare_exchange_n(&t->state, &joinable, W64_EXITED, 0, __ATOMIC_ACQ_REL,
					 __ATOMIC_ACQUIRE))
		return t;
	/* From here the joiner may free t at any moment: only its address
	 * is used (a stray notify wakes nobody who does not look again). */
	__w64_futex_wake(&t->state, INT32_MAX);
	return NULL;
}
