/* The threads proposal's memory side: atomic accesses that are atomic
 * across host threads, a shared memory's grow lock, and the wait queues
 * of memory.atomic.wait32/64 and memory.atomic.notify.
 *
 * Each host thread runs its own store and instance (docs/runtime.md,
 * Threads); what they share is the memory, and everything here hangs off
 * it (struct w64_shared), never off a global.  Atomic accesses are
 * sequentially consistent __atomic operations on the host address, so
 * they are atomic against each other whatever thread runs them; plain
 * loads and stores stay plain (a guest data race reads or writes guest
 * bytes, nothing else: the memory never moves, see w64_memory_new). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

/* Waiters are queued by address in this many lists, each with its lock:
 * a notify only looks at the waiters that hash with its address. */
#define WAIT_BUCKETS 64

struct waiter {
	struct waiter *next;
	uint64_t ea;
	bool woken;
	pthread_cond_t cond;
};

struct wait_bucket {
	pthread_mutex_t lock;
	struct waiter *first;     /* in arrival order: notify wakes the oldest */
};

struct w64_shared {
	pthread_mutex_t grow_lock;
	struct wait_bucket buckets[WAIT_BUCKETS];
};

struct w64_shared *w64_shared_new(void)
{
	struct w64_shared *sh = calloc(1, sizeof *sh);
	if (!sh)
		return NULL;
	pthread_mutex_init(&sh->grow_lock, NULL);
	for (unsigned i = 0; i < WAIT_BUCKETS; i++)
		pthread_mutex_init(&sh->buckets[i].lock, NULL);
	return sh;
}

void w64_shared_free(struct w64_shared *sh)
{
	if (!sh)
		return;
	pthread_mutex_destroy(&sh->grow_lock);
	for (unsigned i = 0; i < WAIT_BUCKETS; i++)
		pthread_mutex_destroy(&sh->buckets[i].lock);
	free(sh);
}

void w64_shared_grow_lock(struct w64_shared *sh)
{
	pthread_mutex_lock(&sh->grow_lock);
}

void w64_shared_grow_unlock(struct w64_shared *sh)
{
	pthread_mutex_unlock(&sh->grow_lock);
}

static struct wait_bucket *bucket_of(struct w64_shared *sh, uint64_t ea)
{
	/* Addresses a wait uses are aligned to 4 or 8: drop the bits that
	 * are always zero before mixing. */
	uint64_t h = (ea >> 2) * UINT64_C(0x9e3779b97f4a7c15);
	return &sh->buckets[h >> 58];
}
_Static_assert(WAIT_BUCKETS == 64, "bucket_of takes the hash's top 6 bits");

/* --- atomic accesses of 1, 2, 4 or 8 bytes -------------------------------- */

#define SEQ __ATOMIC_SEQ_CST

static uint64_t atomic_load(uint8_t *p, uint64_t size)
{
	switch (size) {
	case 1: return __atomic_load_n(p, SEQ);
	case 2: return __atomic_load_n((uint16_t *)(void *)p, SEQ);
	case 4: return __atomic_load_n((uint32_t *)(void *)p, SEQ);
	default: return __atomic_load_n((uint64_t *)(void *)p, SEQ);
	}
}

static void atomic_store(uint8_t *p, uint64_t size, uint64_t v)
{
	switch (size) {
	case 1: __atomic_store_n(p, (uint8_t)v, SEQ); break;
	case 2: __atomic_store_n((uint16_t *)(void *)p, (uint16_t)v, SEQ); break;
	case 4: __atomic_store_n((uint32_t *)(void *)p, (uint32_t)v, SEQ); break;
	default: __atomic_store_n((uint64_t *)(void *)p, v, SEQ); break;
	}
}

/* Compare and exchange: true when *p held *expected and now holds
 * desired; else *expected is what *p holds. */
static bool atomic_cas(uint8_t *p, uint64_t size, uint64_t *expected, uint64_t desired)
{
	bool ok;
	switch (size) {
	case 1: {
		uint8_t e = (uint8_t)*expected;
		ok = __atomic_compare_exchange_n(p, &e, (uint8_t)desired, false, SEQ, SEQ);
		*expected = e;
		break;
	}
	case 2: {
		uint16_t e = (uint16_t)*expected;
		ok = __atomic_compare_exchange_n((uint16_t *)(void *)p, &e, (uint16_t)desired, false,
		                                 SEQ, SEQ);
		*expected = e;
		break;
	}
	case 4: {
		uint32_t e = (uint32_t)*expected;
		ok = __atomic_compare_exchange_n((uint32_t *)(void *)p, &e, (uint32_t)desired, false,
		                                 SEQ, SEQ);
		*expected = e;
		break;
	}
	default:
		ok = __atomic_compare_exchange_n((uint64_t *)(void *)p, expected, desired, false, SEQ,
		                                 SEQ);
		break;
	}
	return ok;
}

/* --- wait and notify ------------------------------------------------------- */

static uint64_t now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* memory.atomic.wait32/64 at p (ea in the memory): 0 "ok" (woken by a
 * notify), 1 "not-equal", 2 "timed-out"; timeout_ns < 0 waits forever.
 * The value is compared under the bucket's lock, and a notify takes the
 * same lock, so a notify that follows a store of a new value cannot slip
 * between the comparison and the sleep. */
static uint32_t wait_at(struct w64_shared *sh, uint8_t *p, uint64_t ea, uint64_t size,
                        uint64_t expected, int64_t timeout_ns)
{
	struct wait_bucket *b = bucket_of(sh, ea);
	pthread_mutex_lock(&b->lock);
	if (atomic_load(p, size) != expected) {
		pthread_mutex_unlock(&b->lock);
		return 1;
	}
	if (timeout_ns == 0) {
		pthread_mutex_unlock(&b->lock);
		return 2;
	}
	struct waiter w = {.ea = ea};
	pthread_cond_init(&w.cond, NULL);
	struct waiter **tail = &b->first;
	while (*tail)
		tail = &(*tail)->next;
	*tail = &w;

	/* The timeout runs on the monotonic clock; each sleep is bounded by
	 * a CLOCK_REALTIME deadline (the condvar's default clock, the one
	 * every sanitizer's interceptors handle), and the monotonic clock
	 * decides when the wait is over, whatever the wall clock does. */
	uint64_t end = UINT64_MAX;
	if (timeout_ns > 0 && __builtin_add_overflow(now_ns(), (uint64_t)timeout_ns, &end))
		end = UINT64_MAX;
	while (!w.woken) {
		if (timeout_ns < 0 || end == UINT64_MAX) {
			pthread_cond_wait(&w.cond, &b->lock);
			continue;
		}
		uint64_t now = now_ns();
		if (now >= end)
			break;
		uint64_t left = end - now;
		struct timespec wall;
		clock_gettime(CLOCK_REALTIME, &wall);
		uint64_t ns = (uint64_t)wall.tv_nsec + left % 1000000000u;
		struct timespec deadline = {wall.tv_sec + (time_t)(left / 1000000000u) + (time_t)(ns / 1000000000u),
		                            (long)(ns % 1000000000u)};
		pthread_cond_timedwait(&w.cond, &b->lock, &deadline);
	}
	if (!w.woken) {
		/* Timed out: still queued, so leave the queue. */
		struct waiter **at = &b->first;
		while (*at != &w)
			at = &(*at)->next;
		*at = w.next;
	}
	pthread_mutex_unlock(&b->lock);
	pthread_cond_destroy(&w.cond);
	return w.woken ? 0 : 2;
}

/* memory.atomic.notify: wakes up to `count` waiters at ea, oldest first;
 * returns how many it woke. */
static uint32_t notify_at(struct w64_shared *sh, uint64_t ea, uint32_t count)
{
	struct wait_bucket *b = bucket_of(sh, ea);
	uint32_t woken = 0;
	pthread_mutex_lock(&b->lock);
	struct waiter **at = &b->first;
	while (*at && woken < count) {
		struct waiter *w = *at;
		if (w->ea != ea) {
			at = &w->next;
			continue;
		}
		*at = w->next;
		w->woken = true;
		pthread_cond_signal(&w->cond);
		woken++;
	}
	pthread_mutex_unlock(&b->lock);
	return woken;
}

/* --- the instructions ------------------------------------------------------ */

const char *w64_atomic(const struct w64_memory_inst *m, unsigned op, uint64_t addr,
                       uint64_t offset, const uint64_t *args, uint64_t *out)
{
	if (op == W64_OP_ATOMIC_FENCE) {
		/* Orders the plain accesses around it too, as a seq_cst fence. */
		__atomic_thread_fence(SEQ);
		return NULL;
	}
	const struct w64_opinfo *info = &w64_opinfo[op];
	uint64_t size = (uint64_t)1 << info->align, ea, msize = w64_mem_size(m);
	uint64_t mask = size == 8 ? UINT64_MAX : ((uint64_t)1 << (8 * size)) - 1;
	if (!m->is64)
		addr = (uint32_t)addr;
	/* In bounds first, then aligned ("unaligned atomic"): V8 checks in
	 * the same order. */
	if (__builtin_add_overflow(addr, offset, &ea) || msize < size || ea > msize - size)
		return "out of bounds memory access";
	if (ea & (size - 1))
		return "unaligned atomic";
	uint8_t *p = m->base + ea;
	if (op == W64_OP_MEMORY_ATOMIC_NOTIFY) {
		/* Nobody can wait on an unshared memory: no one to wake. */
		*out = m->shared ? notify_at(m->shared, ea, (uint32_t)args[0]) : 0;
		return NULL;
	}
	if (op == W64_OP_MEMORY_ATOMIC_WAIT32 || op == W64_OP_MEMORY_ATOMIC_WAIT64) {
		if (!m->shared)
			return "expected shared memory";
		*out = wait_at(m->shared, p, ea, size, args[0] & mask, (int64_t)args[1]);
		return NULL;
	}
	if (info->out == W64_SIG_NONE) { /* a store */
		atomic_store(p, size, args[0]);
		return NULL;
	}
	if (info->in[1] == W64_SIG_NONE) { /* a load */
		*out = atomic_load(p, size);
		return NULL;
	}
	uint64_t v = args[0] & mask, old;
	if (op >= W64_OP_I32_ATOMIC_RMW_CMPXCHG) {
		old = v;
		atomic_cas(p, size, &old, args[1] & mask);
		*out = old;
		return NULL;
	}
	/* add, sub, and, or, xor, xchg: seven widths each, in order */
	_Static_assert(W64_OP_I32_ATOMIC_RMW_SUB - W64_OP_I32_ATOMIC_RMW_ADD == 7 &&
	               W64_OP_I32_ATOMIC_RMW_AND - W64_OP_I32_ATOMIC_RMW_ADD == 14 &&
	               W64_OP_I32_ATOMIC_RMW_OR - W64_OP_I32_ATOMIC_RMW_ADD == 21 &&
	               W64_OP_I32_ATOMIC_RMW_XOR - W64_OP_I32_ATOMIC_RMW_ADD == 28 &&
	               W64_OP_I32_ATOMIC_RMW_XCHG - W64_OP_I32_ATOMIC_RMW_ADD == 35 &&
	               W64_OP_I32_ATOMIC_RMW_CMPXCHG - W64_OP_I32_ATOMIC_RMW_ADD == 42 &&
	               W64_OP_I64_ATOMIC_RMW32_XCHG_U - W64_OP_I32_ATOMIC_RMW_XCHG == 6,
	               "opcodes.def: the atomic read-modify-writes must come in groups of "
	               "seven widths, add, sub, and, or, xor, xchg, cmpxchg");
	unsigned kind = (op - W64_OP_I32_ATOMIC_RMW_ADD) / 7;
	/* One compare-and-exchange loop serves every operator and width. */
	old = atomic_load(p, size);
	for (;;) {
		uint64_t neu;
		switch (kind) {
		case 0: neu = old + v; break;
		case 1: neu = old - v; break;
		case 2: neu = old & v; break;
		case 3: neu = old | v; break;
		case 4: neu = old ^ v; break;
		default: neu = v; break;
		}
		if (atomic_cas(p, size, &old, neu & mask))
			break;
	}
	*out = old;
	return NULL;
}
