/* A C program on wasi-threads without a libc: N threads add to shared
 * counters with C11 atomics; the main thread sleeps in
 * memory.atomic.wait32 until all are done.  Thread functions use no C
 * stack (only scalars): every instance starts with the same stack
 * pointer, and nothing here gives a thread a stack of its own. */
#include <stdatomic.h>
#include <stdint.h>

#define NTHREADS 6
#define TIMES 50000

__attribute__((import_module("wasi"), import_name("thread-spawn")))
int32_t thread_spawn(void *arg);
__attribute__((import_module("wasi_snapshot_preview1"), import_name("fd_write")))
int32_t fd_write(int32_t fd, const void *iovs, uintptr_t n, uintptr_t *written);

static _Atomic int32_t counter;
static _Atomic int64_t counter64;
static _Atomic int32_t done;
static int32_t step = 1;

__attribute__((export_name("wasi_thread_start")))
void wasi_thread_start(int32_t tid, void *arg)
{
	(void)tid;
	int32_t by = *(int32_t *)arg;
	for (int i = 0; i < TIMES; i++) {
		atomic_fetch_add(&counter, by);
		atomic_fetch_add(&counter64, by);
	}
	atomic_fetch_add(&done, 1);
	__builtin_wasm_memory_atomic_notify((int *)&done, 1);
}

static char text[32];
static struct { const char *buf; uintptr_t len; } iov;
static uintptr_t written;

static void print(int64_t v)
{
	char *p = text + sizeof text;
	*--p = '\n';
	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	iov.buf = p;
	iov.len = (uintptr_t)(text + sizeof text - p);
	fd_write(1, &iov, 1, &written);
}

void _start(void)
{
	for (int i = 0; i < NTHREADS; i++)
		if (thread_spawn(&step) <= 0)
			__builtin_trap();
	for (int32_t d; (d = atomic_load(&done)) < NTHREADS;)
		__builtin_wasm_memory_atomic_wait32((int *)&done, d, -1);
	print(atomic_load(&counter));
	print(atomic_load(&counter64));
}
