/*
 * Many short-lived threads and contended locks: 200 threads in waves of
 * 25 (each wave joined before the next starts, so at most 25 run at
 * once), every thread taking one mutex, signalling one condition
 * variable and churning the allocator; then a wave of detached threads.
 * Prints totals that do not depend on scheduling
 * (tests/25-threads-libc.bats compares them with glibc's).
 */
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WAVES 8
#define PER_WAVE 25
#define ROUNDS 200

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t turn = PTHREAD_COND_INITIALIZER;
static long shared_total;
static int next_ticket;
static long alloc_errors;
static sem_t finished;

static void *work(void *arg)
{
	int me = (int)(intptr_t)arg;
	long mine = 0;
	for (int r = 0; r < ROUNDS; r++) {
		size_t n = (size_t)(16 + (me * 31 + r * 17) % 3000);
		unsigned char *p = malloc(n);
		memset(p, me & 0xff, n);
		pthread_mutex_lock(&lock);
		shared_total += me;
		pthread_mutex_unlock(&lock);
		for (size_t i = 0; i < n; i += 64)
			if (p[i] != (me & 0xff))
				mine++;
		free(p);
	}
	/* Tickets in creation order within the wave: a condition variable
	 * that many threads wait on at once. */
	pthread_mutex_lock(&lock);
	while (next_ticket != me)
		pthread_cond_wait(&turn, &lock);
	next_ticket++;
	alloc_errors += mine;
	pthread_cond_broadcast(&turn);
	pthread_mutex_unlock(&lock);
	return (void *)(intptr_t)me;
}

static void *detached(void *arg)
{
	void *r = work(arg);
	sem_post(&finished);
	return r;
}

int main(void)
{
	long joined = 0;
	for (int w = 0; w < WAVES; w++) {
		pthread_t t[PER_WAVE];
		for (int i = 0; i < PER_WAVE; i++)
			if (pthread_create(&t[i], NULL, work, (void *)(intptr_t)(w * PER_WAVE + i)) != 0) {
				printf("pthread_create failed\n");
				return 1;
			}
		for (int i = 0; i < PER_WAVE; i++) {
			void *r;
			pthread_join(t[i], &r);
			joined += (intptr_t)r;
		}
	}
	sem_init(&finished, 0, 0);
	pthread_attr_t a;
	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&a, 64 * 1024);
	for (int i = 0; i < PER_WAVE; i++) {
		pthread_t t;
		if (pthread_create(&t, &a, detached, (void *)(intptr_t)(WAVES * PER_WAVE + i)) != 0) {
			printf("pthread_create failed\n");
			return 1;
		}
	}
	for (int i = 0; i < PER_WAVE; i++)
		sem_wait(&finished);
	pthread_mutex_lock(&lock);
	printf("%d threads; ids joined sum %ld; total %ld; tickets %d; bad bytes %ld\n",
	       (WAVES + 1) * PER_WAVE, joined, shared_total, next_ticket, alloc_errors);
	pthread_mutex_unlock(&lock);
	return 0;
}
