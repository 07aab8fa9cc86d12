/*
 * pthreads, C11 threads and thread-local storage, with an output that
 * does not depend on scheduling: built for wasm64-wasip1-threads and
 * wasm32-wasip1-threads it must print exactly what the glibc build of
 * the same file prints (tests/25-threads-libc.bats).  Every line comes
 * from the main thread, after the threads it reports on were joined.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include <time.h>
#include <unistd.h>

/* Error numbers differ between WASI and Linux: print names. */
static const char *name(int e)
{
	switch (e) {
	case 0: return "0";
	case EBUSY: return "EBUSY";
	case EDEADLK: return "EDEADLK";
	case EPERM: return "EPERM";
	case ETIMEDOUT: return "ETIMEDOUT";
	case EINVAL: return "EINVAL";
	case EAGAIN: return "EAGAIN";
	default: return "other";
	}
}

static struct timespec in_ms(clockid_t clock, long ms)
{
	struct timespec t;
	clock_gettime(clock, &t);
	t.tv_sec += ms / 1000;
	t.tv_nsec += (ms % 1000) * 1000000L;
	if (t.tv_nsec >= 1000000000L) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000L;
	}
	return t;
}

static pthread_t spawn(void *(*f)(void *), void *arg)
{
	pthread_t t;
	int err = pthread_create(&t, NULL, f, arg);
	if (err != 0) {
		printf("pthread_create: %s\n", name(err));
		exit(1);
	}
	return t;
}

/* --- a work queue under a mutex and a condition variable ----------------- */
#define QUEUE_ITEMS 2000
#define WORKERS 4
static pthread_mutex_t q_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t q_nonempty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t q_nonfull = PTHREAD_COND_INITIALIZER;
static int queue[16], q_head, q_len;
static _Thread_local long long tl_sum;
static _Thread_local int tl_seven = 7;

static void *worker(void *arg)
{
	(void)arg;
	long long count = 0;
	for (;;) {
		pthread_mutex_lock(&q_lock);
		while (q_len == 0)
			pthread_cond_wait(&q_nonempty, &q_lock);
		int item = queue[q_head];
		q_head = (q_head + 1) % 16;
		q_len--;
		pthread_cond_signal(&q_nonfull);
		pthread_mutex_unlock(&q_lock);
		if (item < 0)
			break;
		tl_sum += (long long)item * item;
		count++;
	}
	long long *r = malloc(2 * sizeof *r);
	r[0] = tl_sum;
	r[1] = count + tl_seven - 7;
	return r;
}

static void test_queue(void)
{
	pthread_t t[WORKERS];
	for (int i = 0; i < WORKERS; i++)
		t[i] = spawn(worker, NULL);
	for (int i = 1; i <= QUEUE_ITEMS + WORKERS; i++) {
		pthread_mutex_lock(&q_lock);
		while (q_len == 16)
			pthread_cond_wait(&q_nonfull, &q_lock);
		queue[(q_head + q_len) % 16] = i <= QUEUE_ITEMS ? i : -1;
		q_len++;
		pthread_cond_signal(&q_nonempty);
		pthread_mutex_unlock(&q_lock);
	}
	long long sum = 0, count = 0;
	for (int i = 0; i < WORKERS; i++) {
		long long *r;
		pthread_join(t[i], (void **)&r);
		sum += r[0];
		count += r[1];
		free(r);
	}
	printf("queue: %lld items, sum of squares %lld, main's tl_sum %lld\n", count, sum, tl_sum);
}

/* --- thread-local counters --------------------------------------------- */
static _Thread_local int tl_counter = 100;

static void *count_up(void *arg)
{
	int n = (int)(intptr_t)arg;
	for (int i = 0; i < n; i++) {
		tl_counter++;
		if (i % 97 == 0)
			sched_yield();
	}
	return (void *)(intptr_t)tl_counter;
}

static void test_tls(void)
{
	pthread_t t[4];
	for (int i = 0; i < 4; i++)
		t[i] = spawn(count_up, (void *)(intptr_t)(1000 * (i + 1)));
	for (int i = 0; i < 4; i++) {
		void *r;
		pthread_join(t[i], &r);
		printf("tls: thread %d counted to %d\n", i, (int)(intptr_t)r);
	}
	printf("tls: main's counter is still %d\n", tl_counter);
}

/* --- C11 atomics, 4 and 8 bytes ----------------------------------------- */
static _Atomic int32_t a32;
static _Atomic int64_t a64;
static _Atomic uint64_t cas64;

static void *atomics(void *arg)
{
	(void)arg;
	for (int i = 0; i < 20000; i++) {
		atomic_fetch_add(&a32, 1);
		atomic_fetch_add(&a64, INT64_C(1) << 33);
		uint64_t old = atomic_load(&cas64), new;
		do
			new = old * 3 % UINT64_C(1000000007) + (UINT64_C(1) << 40);
		while (!atomic_compare_exchange_weak(&cas64, &old, new));
		(void)new;
	}
	return NULL;
}

static void test_atomics(void)
{
	pthread_t t[6];
	for (int i = 0; i < 6; i++)
		t[i] = spawn(atomics, NULL);
	for (int i = 0; i < 6; i++)
		pthread_join(t[i], NULL);
	/* cas64 went through 120000 steps in some order; each step is the
	 * same function, so the end value is fixed. */
	printf("atomics: %d %lld %llu lock-free 8 bytes: %d\n", (int)atomic_load(&a32),
	       (long long)atomic_load(&a64), (unsigned long long)atomic_load(&cas64),
	       (int)atomic_is_lock_free(&a64));
}

/* --- keys with destructors ---------------------------------------------- */
static pthread_key_t key;
static pthread_mutex_t dtor_lock = PTHREAD_MUTEX_INITIALIZER;
static int dtor_calls, dtor_sum;

static void dtor(void *v)
{
	pthread_mutex_lock(&dtor_lock);
	dtor_calls++;
	dtor_sum += *(int *)v;
	pthread_mutex_unlock(&dtor_lock);
	free(v);
}

static void *keyed(void *arg)
{
	int *v = malloc(sizeof *v);
	*v = (int)(intptr_t)arg;
	int before = pthread_getspecific(key) == NULL;
	pthread_setspecific(key, v);
	if (*v == 3)
		pthread_exit((void *)(intptr_t)(before + 10));
	return (void *)(intptr_t)(before + (pthread_getspecific(key) == v));
}

static void test_keys(void)
{
	pthread_key_create(&key, dtor);
	int *mine = malloc(sizeof *mine);
	*mine = 1000;
	pthread_setspecific(key, mine);
	pthread_t t[4];
	for (int i = 0; i < 4; i++)
		t[i] = spawn(keyed, (void *)(intptr_t)(i + 1));
	for (int i = 0; i < 4; i++) {
		void *r;
		pthread_join(t[i], &r);
		printf("keys: thread %d returned %d\n", i, (int)(intptr_t)r);
	}
	printf("keys: %d destructor calls, sum %d; main's value %d\n", dtor_calls, dtor_sum,
	       *(int *)pthread_getspecific(key));
	pthread_setspecific(key, NULL);
	free(mine);
	pthread_key_delete(key);
}

/* --- barriers ------------------------------------------------------------ */
#define BARRIER_THREADS 5
static pthread_barrier_t barrier;
static int phase_slot[BARRIER_THREADS];
static _Atomic int serial_count, barrier_errors;

static void *phases(void *arg)
{
	int me = (int)(intptr_t)arg;
	for (int phase = 1; phase <= 4; phase++) {
		phase_slot[me] = phase;
		if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD)
			atomic_fetch_add(&serial_count, 1);
		for (int i = 0; i < BARRIER_THREADS; i++)
			if (phase_slot[i] != phase)
				atomic_fetch_add(&barrier_errors, 1);
		pthread_barrier_wait(&barrier);
	}
	return NULL;
}

static void test_barrier(void)
{
	pthread_barrier_init(&barrier, NULL, BARRIER_THREADS);
	pthread_t t[BARRIER_THREADS];
	for (int i = 0; i < BARRIER_THREADS; i++)
		t[i] = spawn(phases, (void *)(intptr_t)i);
	for (int i = 0; i < BARRIER_THREADS; i++)
		pthread_join(t[i], NULL);
	pthread_barrier_destroy(&barrier);
	printf("barrier: %d serial, %d errors\n", atomic_load(&serial_count),
	       atomic_load(&barrier_errors));
}

/* --- read/write locks ------------------------------------------------------ */
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long pair_a, pair_b;
static _Atomic int torn;

static void *rw_writer(void *arg)
{
	(void)arg;
	for (int i = 0; i < 2000; i++) {
		pthread_rwlock_wrlock(&rw);
		pair_a++;
		if (i % 50 == 0)
			sched_yield();
		pair_b++;
		pthread_rwlock_unlock(&rw);
	}
	return NULL;
}

static void *rw_reader(void *arg)
{
	(void)arg;
	for (int i = 0; i < 2000; i++) {
		pthread_rwlock_rdlock(&rw);
		if (pair_a != pair_b)
			atomic_fetch_add(&torn, 1);
		pthread_rwlock_unlock(&rw);
	}
	return NULL;
}

static void *try_rd(void *arg)
{
	(void)arg;
	return (void *)(intptr_t)pthread_rwlock_tryrdlock(&rw);
}

static void *timed_wr(void *arg)
{
	(void)arg;
	struct timespec t = in_ms(CLOCK_REALTIME, 30);
	return (void *)(intptr_t)pthread_rwlock_timedwrlock(&rw, &t);
}

static void test_rwlock(void)
{
	pthread_t t[6];
	for (int i = 0; i < 6; i++)
		t[i] = spawn(i < 2 ? rw_writer : rw_reader, NULL);
	for (int i = 0; i < 6; i++)
		pthread_join(t[i], NULL);
	printf("rwlock: a=%ld b=%ld torn reads %d\n", pair_a, pair_b, atomic_load(&torn));
	void *r;
	pthread_rwlock_wrlock(&rw);
	pthread_join(spawn(try_rd, NULL), &r);
	printf("rwlock: tryrdlock while write-locked: %s\n", name((int)(intptr_t)r));
	pthread_rwlock_unlock(&rw);
	pthread_rwlock_rdlock(&rw);
	pthread_join(spawn(timed_wr, NULL), &r);
	printf("rwlock: timedwrlock while read-locked: %s\n", name((int)(intptr_t)r));
	pthread_join(spawn(try_rd, NULL), &r);
	printf("rwlock: tryrdlock while read-locked: %s\n", name((int)(intptr_t)r));
	pthread_rwlock_unlock(&rw); /* the reader thread's lock */
	pthread_rwlock_unlock(&rw);
}

/* --- mutex types ----------------------------------------------------------- */
static pthread_mutex_t held;

static void *unlock_other(void *arg)
{
	return (void *)(intptr_t)pthread_mutex_unlock(arg);
}

static void *try_other(void *arg)
{
	return (void *)(intptr_t)pthread_mutex_trylock(arg);
}

static void *timed_other(void *arg)
{
	struct timespec t = in_ms(CLOCK_REALTIME, 30);
	return (void *)(intptr_t)pthread_mutex_timedlock(arg, &t);
}

static void test_mutex_types(void)
{
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_t rec;
	pthread_mutex_init(&rec, &a);
	/* One call per statement: the order of a call's arguments is unspecified. */
	printf("recursive:");
	for (int i = 0; i < 3; i++)
		printf(" lock %s", name(pthread_mutex_lock(&rec)));
	printf(" trylock %s", name(pthread_mutex_trylock(&rec)));
	void *r;
	pthread_join(spawn(try_other, &rec), &r);
	printf(" other's trylock %s", name((int)(intptr_t)r));
	pthread_join(spawn(unlock_other, &rec), &r);
	printf(" other's unlock %s", name((int)(intptr_t)r));
	for (int i = 0; i < 4; i++)
		printf(" unlock %s", name(pthread_mutex_unlock(&rec)));
	printf(" unlock %s\n", name(pthread_mutex_unlock(&rec)));
	pthread_mutex_destroy(&rec);

	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&held, &a);
	printf("errorcheck: lock %s", name(pthread_mutex_lock(&held)));
	printf(" relock %s", name(pthread_mutex_lock(&held)));
	printf(" trylock %s", name(pthread_mutex_trylock(&held)));
	pthread_join(spawn(unlock_other, &held), &r);
	printf(" other's unlock %s", name((int)(intptr_t)r));
	pthread_join(spawn(timed_other, &held), &r);
	printf(" other's timedlock %s", name((int)(intptr_t)r));
	printf(" unlock %s", name(pthread_mutex_unlock(&held)));
	printf(" unlock %s\n", name(pthread_mutex_unlock(&held)));
	pthread_mutex_destroy(&held);

	pthread_mutex_t normal = PTHREAD_MUTEX_INITIALIZER;
	pthread_mutex_lock(&normal);
	pthread_join(spawn(try_other, &normal), &r);
	printf("normal: other's trylock %s", name((int)(intptr_t)r));
	pthread_join(spawn(timed_other, &normal), &r);
	printf(" other's timedlock %s\n", name((int)(intptr_t)r));
	pthread_mutex_unlock(&normal);
	pthread_mutexattr_destroy(&a);
}

/* --- timed waits ------------------------------------------------------------ */
static void test_timeouts(void)
{
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_t c;
	pthread_cond_init(&c, &ca);
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	pthread_mutex_lock(&m);
	struct timespec t0, t1, t = in_ms(CLOCK_MONOTONIC, 40);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int err = pthread_cond_timedwait(&c, &m, &t);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long waited = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	int relocked = pthread_mutex_trylock(&m);
	printf("cond monotonic: %s after >= 35 ms: %d, mutex held again: %s\n", name(err),
	       waited >= 35, name(relocked));
	pthread_cond_t rc = PTHREAD_COND_INITIALIZER;
	t = in_ms(CLOCK_REALTIME, 20);
	printf("cond realtime: %s\n", name(pthread_cond_timedwait(&rc, &m, &t)));
	t.tv_nsec = 1000000000L;
	printf("cond bad time: %s\n", name(pthread_cond_timedwait(&rc, &m, &t)));
	pthread_mutex_unlock(&m);

	sem_t s;
	sem_init(&s, 0, 1);
	t = in_ms(CLOCK_REALTIME, 20);
	int first = sem_timedwait(&s, &t);
	errno = 0;
	int second = sem_timedwait(&s, &t);
	printf("sem_timedwait: %d, then %d %s\n", first, second, name(errno));
	sem_destroy(&s);
}

/* --- semaphores and detached threads ------------------------------------------ */
static sem_t done_sem;
static _Atomic int detached_ran;

static void *detached(void *arg)
{
	(void)arg;
	atomic_fetch_add(&detached_ran, 1);
	sem_post(&done_sem);
	return NULL;
}

static char *big_stack(void *arg)
{
	(void)arg;
	volatile char buf[200 * 1024];
	for (size_t i = 0; i < sizeof buf; i += 512)
		buf[i] = (char)(i / 512 % 100 + 1);
	long sum = 0;
	for (size_t i = 0; i < sizeof buf; i += 512)
		sum += buf[i];
	return (char *)(intptr_t)(sum != 0);
}

static void *big_stack_thread(void *arg)
{
	return big_stack(arg);
}

static void test_detached_and_attrs(void)
{
	sem_init(&done_sem, 0, 0);
	pthread_attr_t a;
	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	int state;
	pthread_attr_getdetachstate(&a, &state);
	for (int i = 0; i < 6; i++) {
		pthread_t t;
		pthread_create(&t, i < 3 ? &a : NULL, detached, NULL);
		if (i >= 3)
			pthread_detach(t);
	}
	for (int i = 0; i < 6; i++)
		sem_wait(&done_sem);
	int v;
	sem_getvalue(&done_sem, &v);
	printf("detached: %d ran, semaphore back to %d, attr detached %d\n",
	       atomic_load(&detached_ran), v, state == PTHREAD_CREATE_DETACHED);
	sem_destroy(&done_sem);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_JOINABLE);
	pthread_attr_setstacksize(&a, 512 * 1024);
	size_t size;
	pthread_attr_getstacksize(&a, &size);
	pthread_t t;
	pthread_create(&t, &a, big_stack_thread, NULL);
	void *r;
	pthread_join(t, &r);
	printf("stack: %zu bytes asked, 200 KiB used: %d\n", size, (int)(intptr_t)r);
	pthread_attr_destroy(&a);
}

/* --- once, errno, spinlocks, self ------------------------------------------------ */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static _Atomic int once_calls;
static pthread_spinlock_t spin;
static long spin_count;
static pthread_t main_thread;

static void init_once(void)
{
	usleep(10000);
	atomic_fetch_add(&once_calls, 1);
}

static void *misc(void *arg)
{
	int me = (int)(intptr_t)arg;
	pthread_once(&once, init_once);
	errno = 100 + me;
	for (int i = 0; i < 5000; i++) {
		pthread_spin_lock(&spin);
		spin_count++;
		pthread_spin_unlock(&spin);
	}
	usleep(1000);
	int ok = errno == 100 + me && !pthread_equal(pthread_self(), main_thread) &&
		 pthread_equal(pthread_self(), pthread_self());
	return (void *)(intptr_t)ok;
}

static void test_misc(void)
{
	main_thread = pthread_self();
	pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE);
	pthread_t t[8];
	for (int i = 0; i < 8; i++)
		t[i] = spawn(misc, (void *)(intptr_t)i);
	int ok = 0;
	for (int i = 0; i < 8; i++) {
		void *r;
		pthread_join(t[i], &r);
		ok += (int)(intptr_t)r;
	}
	pthread_spin_destroy(&spin);
	printf("once: %d call; errno and self per thread ok in %d of 8; spin count %ld\n",
	       atomic_load(&once_calls), ok, spin_count);
	printf("join self: %s\n", name(pthread_join(pthread_self(), NULL)));
}

/* --- C11 threads ---------------------------------------------------------------- */
static mtx_t c_lock;
static cnd_t c_cond;
static int c_ready;
static tss_t c_key;
static once_flag c_once = ONCE_FLAG_INIT;
static int c_once_calls;
static _Atomic int c_dtor_calls;

static void c_init(void)
{
	c_once_calls++;
}

static void c_dtor(void *v)
{
	(void)v;
	atomic_fetch_add(&c_dtor_calls, 1);
}

static int c_thread(void *arg)
{
	int me = (int)(intptr_t)arg;
	call_once(&c_once, c_init);
	tss_set(c_key, arg);
	mtx_lock(&c_lock);
	while (!c_ready)
		cnd_wait(&c_cond, &c_lock);
	mtx_unlock(&c_lock);
	if (me == 3)
		thrd_exit(42);
	return me * 10 + (tss_get(c_key) == arg);
}

static void test_c11(void)
{
	mtx_init(&c_lock, mtx_plain);
	cnd_init(&c_cond);
	tss_create(&c_key, c_dtor);
	thrd_t t[4];
	for (int i = 0; i < 4; i++)
		if (thrd_create(&t[i], c_thread, (void *)(intptr_t)i) != thrd_success)
			printf("thrd_create failed\n");
	struct timespec d = {0, 5000000};
	thrd_sleep(&d, NULL);
	mtx_lock(&c_lock);
	c_ready = 1;
	cnd_broadcast(&c_cond);
	mtx_unlock(&c_lock);
	printf("c11:");
	for (int i = 0; i < 4; i++) {
		int res;
		int err = thrd_join(t[i], &res);
		printf(" %d/%d", err == thrd_success, res);
	}
	printf("; once %d, tss destructors %d, current is main %d\n", c_once_calls,
	       atomic_load(&c_dtor_calls), thrd_equal(thrd_current(), main_thread) != 0);
	mtx_t r;
	mtx_init(&r, mtx_timed | mtx_recursive);
	struct timespec ts = in_ms(CLOCK_REALTIME, 10);
	printf("c11 mutex: %d", mtx_lock(&r) == thrd_success);
	printf(" %d", mtx_trylock(&r) == thrd_success);
	printf(" %d", mtx_timedlock(&r, &ts) == thrd_success);
	mtx_unlock(&r);
	mtx_unlock(&r);
	mtx_unlock(&r);
	mtx_destroy(&r);
	mtx_lock(&c_lock);
	ts = in_ms(CLOCK_REALTIME, 10);
	printf(" cnd_timedwait timedout %d\n", cnd_timedwait(&c_cond, &c_lock, &ts) == thrd_timedout);
	mtx_unlock(&c_lock);
	tss_delete(c_key);
	cnd_destroy(&c_cond);
	mtx_destroy(&c_lock);
}

/* --- the main thread's pthread_exit: the last thread ends the program --------- */
static void *last(void *arg)
{
	(void)arg;
	usleep(30000);
	printf("the last thread ends the program\n");
	return NULL;
}

int main(void)
{
	test_queue();
	test_tls();
	test_atomics();
	test_keys();
	test_barrier();
	test_rwlock();
	test_mutex_types();
	test_timeouts();
	test_detached_and_attrs();
	test_misc();
	test_c11();
	printf("main calls pthread_exit\n");
	fflush(stdout);
	spawn(last, NULL);
	pthread_exit(NULL);
}
