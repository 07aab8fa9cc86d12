/*
 * pthread.h and threads.h with one thread: objects behave as with one
 * thread, and what would wait forever for another thread fails instead
 * (docs/libc.md).
 */
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <threads.h>
#include <time.h>

#include "check.h"

static void *start(void *arg)
{
	return arg;
}

static int start_c11(void *arg)
{
	(void)arg;
	return 0;
}

static int once_runs;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void init_once(void)
{
	once_runs++;
	/* Calling it again from inside could never see it finish. */
	if (pthread_once(&once, init_once) == EDEADLK)
		once_runs += 10;
}

static once_flag c11_once = ONCE_FLAG_INIT;
static void init_c11(void)
{
	once_runs += 100;
}

static int destroyed;
static void destructor(void *p)
{
	(void)p;
	destroyed++;
}

/* Seconds from now on clock c, as an absolute time. */
static struct timespec after(clockid_t c, long ms)
{
	struct timespec t;
	clock_gettime(c, &t);
	t.tv_nsec += ms % 1000 * 1000000;
	t.tv_sec += ms / 1000 + t.tv_nsec / 1000000000;
	t.tv_nsec %= 1000000000;
	return t;
}

static double since(clockid_t c, struct timespec t0)
{
	struct timespec t;
	clock_gettime(c, &t);
	return (double)(t.tv_sec - t0.tv_sec) + (t.tv_nsec - t0.tv_nsec) / 1e9;
}

static void test_threads(void)
{
	pthread_t t = 0;
	CHECK(pthread_create(&t, NULL, start, NULL) == EAGAIN);
	CHECK(pthread_equal(pthread_self(), pthread_self()) && !pthread_equal(pthread_self(), 42));
	CHECK(pthread_join(pthread_self(), NULL) == EDEADLK && pthread_join(42, NULL) == ESRCH);
	CHECK(pthread_detach(42) == ESRCH && pthread_detach(pthread_self()) == 0);
	CHECK(pthread_cancel(42) == ESRCH);
	int old;
	CHECK(pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old) == 0 && old == PTHREAD_CANCEL_ENABLE);
	CHECK(pthread_setcancelstate(99, &old) == EINVAL);
	CHECK(pthread_atfork(NULL, NULL, NULL) == 0);

	pthread_attr_t a;
	int ds;
	size_t sz;
	CHECK(pthread_attr_init(&a) == 0 && pthread_attr_getdetachstate(&a, &ds) == 0 &&
	      ds == PTHREAD_CREATE_JOINABLE);
	CHECK(pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED) == 0 &&
	      pthread_attr_getdetachstate(&a, &ds) == 0 && ds == PTHREAD_CREATE_DETACHED);
	CHECK(pthread_attr_setdetachstate(&a, 7) == EINVAL);
	CHECK(pthread_attr_setstacksize(&a, 1 << 20) == 0 && pthread_attr_getstacksize(&a, &sz) == 0 &&
	      sz == 1 << 20);
	CHECK(pthread_attr_setstacksize(&a, 1) == EINVAL);
	CHECK(pthread_attr_setguardsize(&a, 4096) == 0 && pthread_attr_getguardsize(&a, &sz) == 0 &&
	      sz == 4096);
	CHECK(pthread_attr_destroy(&a) == 0);

	CHECK(pthread_once(&once, init_once) == 0 && pthread_once(&once, init_once) == 0);
	CHECK(once_runs == 11);
	call_once(&c11_once, init_c11);
	call_once(&c11_once, init_c11);
	CHECK(once_runs == 111);
}

static void test_mutexes(void)
{
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	CHECK(pthread_mutex_lock(&m) == 0 && pthread_mutex_trylock(&m) == EBUSY);
	/* Relocking a normal mutex would deadlock: reported, not hung. */
	CHECK(pthread_mutex_lock(&m) == EDEADLK);
	CHECK(pthread_mutex_destroy(&m) == EBUSY);
	CHECK(pthread_mutex_unlock(&m) == 0 && pthread_mutex_unlock(&m) == EPERM);
	CHECK(pthread_mutex_destroy(&m) == 0);

	pthread_mutexattr_t ma;
	int type;
	CHECK(pthread_mutexattr_init(&ma) == 0 && pthread_mutexattr_gettype(&ma, &type) == 0 &&
	      type == PTHREAD_MUTEX_DEFAULT);
	CHECK(pthread_mutexattr_settype(&ma, 42) == EINVAL);
	CHECK(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE) == 0);
	CHECK(pthread_mutex_init(&m, &ma) == 0);
	CHECK(pthread_mutex_lock(&m) == 0 && pthread_mutex_lock(&m) == 0 && pthread_mutex_trylock(&m) == 0);
	CHECK(pthread_mutex_unlock(&m) == 0 && pthread_mutex_unlock(&m) == 0 &&
	      pthread_mutex_unlock(&m) == 0 && pthread_mutex_unlock(&m) == EPERM);

	CHECK(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK) == 0);
	CHECK(pthread_mutex_init(&m, &ma) == 0 && pthread_mutex_lock(&m) == 0);
	CHECK(pthread_mutex_lock(&m) == EDEADLK && pthread_mutex_trylock(&m) == EBUSY);
	struct timespec soon = after(CLOCK_REALTIME, 50);
	CHECK(pthread_mutex_timedlock(&m, &soon) == EDEADLK);
	CHECK(pthread_mutex_unlock(&m) == 0 && pthread_mutex_unlock(&m) == EPERM);
	int ps;
	CHECK(pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED) == 0 &&
	      pthread_mutexattr_getpshared(&ma, &ps) == 0 && ps == PTHREAD_PROCESS_SHARED);
	CHECK(pthread_mutexattr_destroy(&ma) == 0);

	/* A timed lock of a held normal mutex waits out its time. */
	pthread_mutex_t n = PTHREAD_MUTEX_INITIALIZER;
	pthread_mutex_lock(&n);
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	soon = after(CLOCK_REALTIME, 100);
	CHECK(pthread_mutex_timedlock(&n, &soon) == ETIMEDOUT);
	CHECK(since(CLOCK_MONOTONIC, t0) >= 0.09);
	struct timespec bad = {0, 2000000000};
	CHECK(pthread_mutex_timedlock(&n, &bad) == EINVAL);
	pthread_mutex_unlock(&n);
	CHECK(pthread_mutex_timedlock(&n, &bad) == 0 && pthread_mutex_unlock(&n) == 0);
}

static void test_conditions(void)
{
	pthread_cond_t c = PTHREAD_COND_INITIALIZER;
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	CHECK(pthread_cond_signal(&c) == 0 && pthread_cond_broadcast(&c) == 0);
	CHECK(pthread_cond_wait(&c, &m) == EPERM); /* the mutex is not held */
	pthread_mutex_lock(&m);
	CHECK(pthread_cond_wait(&c, &m) == EDEADLK);
	CHECK(pthread_mutex_trylock(&m) == EBUSY); /* still held after the error */

	pthread_condattr_t ca;
	clockid_t clk;
	CHECK(pthread_condattr_init(&ca) == 0 && pthread_condattr_getclock(&ca, &clk) == 0 &&
	      clk == CLOCK_REALTIME);
	CHECK(pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) == 0);
	CHECK(pthread_condattr_setclock(&ca, CLOCK_PROCESS_CPUTIME_ID) == EINVAL);
	CHECK(pthread_cond_init(&c, &ca) == 0 && pthread_condattr_destroy(&ca) == 0);
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	struct timespec soon = after(CLOCK_MONOTONIC, 100);
	CHECK(pthread_cond_timedwait(&c, &m, &soon) == ETIMEDOUT);
	double waited = since(CLOCK_MONOTONIC, t0);
	CHECK(waited >= 0.09 && waited < 2);
	CHECK(pthread_mutex_trylock(&m) == EBUSY); /* held again */
	struct timespec past = {1, 0};
	CHECK(pthread_cond_timedwait(&c, &m, &past) == ETIMEDOUT);
	CHECK(pthread_cond_destroy(&c) == 0 && pthread_mutex_unlock(&m) == 0);

	pthread_key_t k1, k2;
	CHECK(pthread_key_create(&k1, destructor) == 0 && pthread_key_create(&k2, NULL) == 0 && k1 != k2);
	CHECK(pthread_getspecific(k1) == NULL && pthread_setspecific(k1, "v") == 0);
	CHECK(strcmp(pthread_getspecific(k1), "v") == 0 && pthread_getspecific(k2) == NULL);
	CHECK(pthread_key_delete(k1) == 0 && pthread_key_delete(k1) == EINVAL);
	CHECK(pthread_setspecific(k1, "x") == EINVAL && destroyed == 0);
	pthread_key_t many[200];
	int made = 0;
	while (made < 200 && pthread_key_create(&many[made], NULL) == 0)
		made++;
	CHECK(made == PTHREAD_KEYS_MAX - 1); /* k2 holds one */
	while (made > 0)
		pthread_key_delete(many[--made]);

	pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
	CHECK(pthread_rwlock_rdlock(&rw) == 0 && pthread_rwlock_rdlock(&rw) == 0);
	CHECK(pthread_rwlock_trywrlock(&rw) == EBUSY && pthread_rwlock_wrlock(&rw) == EDEADLK);
	CHECK(pthread_rwlock_destroy(&rw) == EBUSY);
	CHECK(pthread_rwlock_unlock(&rw) == 0 && pthread_rwlock_unlock(&rw) == 0);
	CHECK(pthread_rwlock_unlock(&rw) == EPERM);
	CHECK(pthread_rwlock_wrlock(&rw) == 0 && pthread_rwlock_tryrdlock(&rw) == EBUSY);
	CHECK(pthread_rwlock_rdlock(&rw) == EDEADLK);
	soon = after(CLOCK_REALTIME, 20);
	CHECK(pthread_rwlock_timedrdlock(&rw, &soon) == ETIMEDOUT);
	CHECK(pthread_rwlock_unlock(&rw) == 0 && pthread_rwlock_timedwrlock(&rw, &soon) == 0);
	CHECK(pthread_rwlock_unlock(&rw) == 0 && pthread_rwlock_destroy(&rw) == 0);

	pthread_spinlock_t sp;
	CHECK(pthread_spin_init(&sp, PTHREAD_PROCESS_PRIVATE) == 0 && pthread_spin_lock(&sp) == 0);
	CHECK(pthread_spin_trylock(&sp) == EBUSY && pthread_spin_lock(&sp) == EDEADLK);
	CHECK(pthread_spin_unlock(&sp) == 0 && pthread_spin_unlock(&sp) == EPERM);
	CHECK(pthread_spin_destroy(&sp) == 0);

	pthread_barrier_t b;
	CHECK(pthread_barrier_init(&b, NULL, 0) == EINVAL);
	CHECK(pthread_barrier_init(&b, NULL, 1) == 0);
	CHECK(pthread_barrier_wait(&b) == PTHREAD_BARRIER_SERIAL_THREAD);
	CHECK(pthread_barrier_wait(&b) == PTHREAD_BARRIER_SERIAL_THREAD);
	CHECK(pthread_barrier_destroy(&b) == 0);
	CHECK(pthread_barrier_init(&b, NULL, 2) == 0 && pthread_barrier_wait(&b) == EDEADLK);
}

static void test_c11(void)
{
	thrd_t t;
	CHECK(thrd_create(&t, start_c11, NULL) == thrd_nomem);
	CHECK(thrd_equal(thrd_current(), thrd_current()) && thrd_join(thrd_current(), NULL) == thrd_error);
	mtx_t m;
	CHECK(mtx_init(&m, mtx_plain) == thrd_success && mtx_lock(&m) == thrd_success);
	CHECK(mtx_trylock(&m) == thrd_busy && mtx_lock(&m) == thrd_error);
	CHECK(mtx_unlock(&m) == thrd_success);
	mtx_destroy(&m);
	CHECK(mtx_init(&m, 42) == thrd_error);
	CHECK(mtx_init(&m, mtx_timed | mtx_recursive) == thrd_success);
	CHECK(mtx_lock(&m) == thrd_success && mtx_lock(&m) == thrd_success);
	CHECK(mtx_unlock(&m) == thrd_success && mtx_unlock(&m) == thrd_success);
	CHECK(mtx_unlock(&m) == thrd_error);
	CHECK(mtx_init(&m, mtx_timed) == thrd_success && mtx_lock(&m) == thrd_success);
	struct timespec soon = after(CLOCK_REALTIME, 30);
	CHECK(mtx_timedlock(&m, &soon) == thrd_timedout);

	cnd_t c;
	CHECK(cnd_init(&c) == thrd_success && cnd_signal(&c) == thrd_success &&
	      cnd_broadcast(&c) == thrd_success);
	CHECK(cnd_wait(&c, &m) == thrd_error);
	soon = after(CLOCK_REALTIME, 30);
	CHECK(cnd_timedwait(&c, &m, &soon) == thrd_timedout);
	cnd_destroy(&c);
	mtx_unlock(&m);

	tss_t k;
	CHECK(tss_create(&k, NULL) == thrd_success && tss_get(k) == NULL);
	CHECK(tss_set(k, &k) == thrd_success && tss_get(k) == &k);
	tss_delete(k);

	struct timespec d = {0, 20000000}, t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CHECK(thrd_sleep(&d, NULL) == 0 && since(CLOCK_MONOTONIC, t0) >= 0.019);
	struct timespec bad = {0, -1};
	CHECK(thrd_sleep(&bad, NULL) < -1);
	thrd_yield();
}

int main(void)
{
	test_threads();
	test_mutexes();
	test_conditions();
	test_c11();
	return check_summary();
}
