/* search.h: hash tables, binary search trees, linear search and queues. */
#ifndef _SEARCH_H
#define _SEARCH_H

#define __need_size_t
#include <stddef.h>

typedef enum { FIND, ENTER } ACTION;
typedef enum { preorder, postorder, endorder, leaf } VISIT;

typedef struct entry {
	char *key;
	void *data;
} ENTRY;

/* A hash table for the _r functions; zero it before hcreate_r. */
struct hsearch_data {
	struct __w64_htab *__tab;
	unsigned int __unused1;
	unsigned int __unused2;
};

/* insque and remque's element: any struct that begins with these two. */
struct qelem {
	struct qelem *q_forw, *q_back;
	char q_data[1];
};

#ifdef __cplusplus
extern "C" {
#endif

int hcreate(size_t __nel);
void hdestroy(void);
ENTRY *hsearch(ENTRY __item, ACTION __action);
int hcreate_r(size_t __nel, struct hsearch_data *__htab);
void hdestroy_r(struct hsearch_data *__htab);
int hsearch_r(ENTRY __item, ACTION __action, ENTRY **__retval, struct hsearch_data *__htab);

void *tsearch(const void *__key, void **__rootp, int (*__cmp)(const void *, const void *));
void *tfind(const void *__key, void *const *__rootp, int (*__cmp)(const void *, const void *));
void *tdelete(const void *__restrict __key, void **__restrict __rootp,
	      int (*__cmp)(const void *, const void *));
void twalk(const void *__root, void (*__action)(const void *, VISIT, int));
void tdestroy(void *__root, void (*__free_node)(void *));

void *lsearch(const void *__key, void *__base, size_t *__nelp, size_t __width,
	      int (*__cmp)(const void *, const void *));
void *lfind(const void *__key, const void *__base, size_t *__nelp, size_t __width,
	    int (*__cmp)(const void *, const void *));

void insque(void *__elem, void *__pred);
void remque(void *__elem);

#ifdef __cplusplus
}
#endif

#endif
