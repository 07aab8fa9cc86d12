#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "w64_pthread.h"

/* The export the host calls in each new thread (wasi_thread_start.S).
 * Nothing calls it by name, so this reference is what pulls it out of
 * libc.a whenever a program creates threads. */
void wasi_thread_start(int tid, void *start_arg);
__attribute__((used)) static void (*const thread_start_export)(int, void *) = wasi_thread_start;

static uintptr_t align_up(uintptr_t p, uintptr_t align)
{
	return (p + align - 1) & ~(align - 1);
}

/* One block: the descriptor, the TLS block at its alignment, then the
 * stack, whose top is 16-byte aligned as the C ABI wants. */
int pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attr,
		   void *(*start)(void *), void *restrict arg)
{
	size_t stack = attr != NULL ? attr->__stacksize : W64_THREAD_STACK_DEFAULT;
	size_t tls_size = __builtin_wasm_tls_size();
	size_t tls_align = __builtin_wasm_tls_align();
	if (tls_align < 16)
		tls_align = 16;
	size_t size = sizeof(struct __w64_thread) + tls_align + tls_size + 16 + stack;
	if (size < stack)
		return EAGAIN;
	char *block = malloc(size);
	if (block == NULL)
		return EAGAIN;
	struct __w64_thread *t = (struct __w64_thread *)block;
	t->tls = (void *)align_up((uintptr_t)(t + 1), tls_align);
	t->stack_top = ((uintptr_t)block + size) & ~(uintptr_t)15;
	t->start = start;
	t->arg = arg;
	t->result = NULL;
	t->exit_jmp = NULL;
	t->tid = 0;
	t->state = attr != NULL && attr->__detach == PTHREAD_CREATE_DETACHED ? W64_DETACHED
									     : W64_JOINABLE;
	__atomic_add_fetch(&__w64_threads_running, 1, __ATOMIC_ACQ_REL);
	/* The descriptor is written before the host starts the thread: the
	 * spawn is a host call, which orders them. */
	int32_t tid = __w64_host_thread_spawn(t);
	if (tid < 0) {
		__atomic_sub_fetch(&__w64_threads_running, 1, __ATOMIC_ACQ_REL);
		free(block);
		return EAGAIN;
	}
	*thread = (pthread_t)t;
	return 0;
}
