#include <pthread.h>
#include <stdio.h>

#include "w64_pthread.h"
#include "w64_stdio.h"

/* How many streams this thread holds (each counted once, whatever the
 * depth), and whether it is flushing them all on its way out. */
static _Thread_local int held;
static _Thread_local int exiting;

void __w64_file_exiting(void)
{
	exiting = 1;
}

static void took(struct __w64_file *f, unsigned long self)
{
	__atomic_store_n(&f->lock_owner, self, __ATOMIC_RELAXED);
	f->lock_depth = 1;
	held++;
}

void __w64_file_lock(struct __w64_file *f)
{
	unsigned long self = pthread_self();
	if (__atomic_load_n(&f->lock_owner, __ATOMIC_RELAXED) == self) {
		f->lock_depth++;
		return;
	}
	__w64_lock_take(&f->lock, CLOCK_MONOTONIC, NULL);
	took(f, self);
}

int __w64_file_trylock(struct __w64_file *f)
{
	unsigned long self = pthread_self();
	if (__atomic_load_n(&f->lock_owner, __ATOMIC_RELAXED) == self) {
		f->lock_depth++;
		return 0;
	}
	int free_word = 0;
	if (!__atomic_compare_exchange_n(&f->lock, &free_word, 1, 0, __ATOMIC_ACQUIRE,
					 __ATOMIC_RELAXED))
		return -1;
	took(f, self);
	return 0;
}

int __w64_file_lock_nested(struct __w64_file *f)
{
	if (exiting)
		return 1;
	if (held > 0)
		return __w64_file_trylock(f);
	__w64_file_lock(f);
	return 0;
}

void __w64_file_unlock(struct __w64_file *f)
{
	if (--f->lock_depth > 0)
		return;
	__atomic_store_n(&f->lock_owner, 0, __ATOMIC_RELAXED);
	held--;
	__w64_lock_give(&f->lock);
}

/* The list of open streams.  Who holds it never waits for a stream (it
 * counts as a held stream, so __w64_file_lock_nested only tries), and a
 * stream's holder may take it: the order is always stream, then list. */
static int list_lock;

void __w64_file_list_lock(void)
{
	__w64_lock_take(&list_lock, CLOCK_MONOTONIC, NULL);
	held++;
}

void __w64_file_list_unlock(void)
{
	held--;
	__w64_lock_give(&list_lock);
}
