/* Pointer chasing: a linked list through shuffled nodes (8-byte pointers on
 * wasm64, 4 on wasm32), and a binary search tree. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct node {
	struct node *next;
	uint64_t value;
};

struct tree {
	struct tree *left, *right;
	uint32_t key;
};

static struct tree *insert(struct tree *t, struct tree *n)
{
	struct tree **p = &t;
	while (*p)
		p = n->key < (*p)->key ? &(*p)->left : &(*p)->right;
	*p = n;
	return t;
}

int main(int argc, char **argv)
{
	size_t n = argc > 1 ? (size_t)atoi(argv[1]) * 1000 : 1000000;
	struct node *nodes = malloc(n * sizeof *nodes);
	size_t *order = malloc(n * sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	uint32_t x = 1;
	for (size_t i = n - 1; i > 0; i--) {
		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		size_t j = x % (i + 1), t = order[i];
		order[i] = order[j], order[j] = t;
	}
	for (size_t i = 0; i < n; i++) {
		nodes[order[i]].value = i;
		nodes[order[i]].next = i + 1 < n ? &nodes[order[i + 1]] : NULL;
	}
	uint64_t sum = 0;
	for (int round = 0; round < 20; round++)
		for (struct node *p = &nodes[order[0]]; p; p = p->next)
			sum += p->value ^ (uint64_t)round;
	struct tree *trees = malloc(n * sizeof *trees), *root = NULL;
	for (size_t i = 0; i < n; i++) {
		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		trees[i] = (struct tree){NULL, NULL, x};
		root = insert(root, &trees[i]);
	}
	size_t hits = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t key = trees[(i * 7919) % n].key;
		for (struct tree *t = root; t; t = key < t->key ? t->left : t->right)
			if (t->key == key) {
				hits++;
				break;
			}
	}
	printf("chase %zu: list %llu, tree hits %zu\n", n, (unsigned long long)sum, hits);
	return 0;
}
