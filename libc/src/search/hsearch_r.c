#include <errno.h>
#include <search.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_search.h"

/* FNV-1a over the key's bytes. */
static size_t hash(const char *key)
{
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	for (const unsigned char *p = (const unsigned char *)key; *p != '\0'; p++)
		h = (h ^ *p) * UINT64_C(0x100000001b3);
	return (size_t)(h ^ h >> 32);
}

/* The slot holding key, or the empty slot where it would go. */
static ENTRY *probe(const struct __w64_htab *t, const char *key)
{
	for (size_t i = hash(key) & t->mask;; i = (i + 1) & t->mask) {
		ENTRY *e = &t->slots[i];
		if (e->key == NULL || strcmp(e->key, key) == 0)
			return e;
	}
}

static int grow(struct __w64_htab *t)
{
	size_t slots = (t->mask + 1) * 2;
	if (slots > SIZE_MAX / sizeof(ENTRY))
		return -1;
	ENTRY *e = calloc(slots, sizeof *e);
	if (e == NULL)
		return -1;
	struct __w64_htab bigger = {e, slots - 1, t->used};
	for (size_t i = 0; i <= t->mask; i++) {
		if (t->slots[i].key != NULL)
			*probe(&bigger, t->slots[i].key) = t->slots[i];
	}
	free(t->slots);
	*t = bigger;
	return 0;
}

/*
 * FIND: *retval = the entry with item's key, or NULL (ESRCH, returns 0).
 * ENTER: the same when the key is there (its data unchanged), else item
 * is added; the table doubles rather than pass 3/4 full, so only a
 * failed allocation refuses an entry (ENOMEM, returns 0).
 */
int hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *htab)
{
	struct __w64_htab *t = htab ? htab->__tab : NULL;
	*retval = NULL;
	if (t == NULL || item.key == NULL) {
		__w64_set_errno(EINVAL);
		return 0;
	}
	ENTRY *e = probe(t, item.key);
	if (e->key != NULL) {
		*retval = e;
		return 1;
	}
	if (action != ENTER) {
		__w64_set_errno(ESRCH);
		return 0;
	}
	if (t->used + 1 > (t->mask + 1) / 4 * 3) {
		if (grow(t) != 0) {
			__w64_set_errno(ENOMEM);
			return 0;
		}
		e = probe(t, item.key);
	}
	*e = item;
	t->used++;
	*retval = e;
	return 1;
}
