/* A scripting-language-style workload: a small dynamically typed bytecode
 * VM (tagged values, a switch dispatch loop, calls with frames, heap
 * strings and arrays) running three scripts, as an embedded language
 * would: recursion (fib), sorting an array with a comparator written in
 * the script and called back from C, and building strings from numbers.
 * What matters to the engine underneath is the shape: an indirect jump
 * per bytecode, loads and stores of 16-byte values, small mallocs. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum tag { NIL, INT, STR, ARR };

struct str {
	size_t len;
	char bytes[];
};

struct value;

struct arr {
	size_t len, cap;
	struct value *items;
};

struct value {
	enum tag tag;
	union {
		int64_t i;
		struct str *s;
		struct arr *a;
	} as;
};

enum op {
	PUSH,   /* k: push the integer k */
	LOAD,   /* k: push local k */
	STORE,  /* k: pop into local k */
	ADD, SUB, MOD, LT,
	JUMP,   /* k: to instruction k */
	JFALSE, /* k: pop; jump when 0 or nil */
	CALL,   /* f n: call function f with the top n values as its first locals */
	RET,    /* return the top value */
	AGET,   /* arr i -> arr[i] */
	TOSTR,  /* integer -> decimal string */
	CONCAT, /* two strings -> one */
	SLEN,
};

struct func {
	const int32_t *code;
	int nlocals;
};

#define MAX_STACK 4096
#define MAX_FRAMES 512

enum { FIB, LESS, BUILD };

struct vm {
	const struct func *funcs;
	struct value stack[MAX_STACK];
	size_t sp;
	int depth;
	char *arena;            /* strings: a bump allocator, reset per round */
	size_t arena_used, arena_size;
};

static void *xmalloc(size_t n)
{
	void *p = malloc(n);
	if (!p) {
		fputs("script: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

static struct value integer(int64_t i)
{
	return (struct value){INT, {.i = i}};
}

static struct value string(struct vm *vm, const char *a, size_t alen, const char *b, size_t blen)
{
	size_t n = (sizeof(struct str) + alen + blen + 15) & ~(size_t)15;
	if (n > vm->arena_size - vm->arena_used) {
		fputs("script: string arena full\n", stderr);
		exit(1);
	}
	struct str *s = (struct str *)(vm->arena + vm->arena_used);
	vm->arena_used += n;
	s->len = alen + blen;
	memcpy(s->bytes, a, alen);
	memcpy(s->bytes + alen, b, blen);
	return (struct value){STR, {.s = s}};
}

static struct value run(struct vm *vm, int f, size_t base);

static int truthy(struct value v)
{
	return v.tag != NIL && !(v.tag == INT && v.as.i == 0);
}

/* A merge sort whose comparisons are script calls. */
static void sort(struct vm *vm, struct value *a, struct value *tmp, size_t n, int cmp)
{
	if (n < 2)
		return;
	size_t h = n / 2, i = 0, j = h, k = 0;
	sort(vm, a, tmp, h, cmp);
	sort(vm, a + h, tmp, n - h, cmp);
	while (i < h && j < n) {
		size_t base = vm->sp;
		vm->stack[vm->sp++] = a[j];
		vm->stack[vm->sp++] = a[i];
		tmp[k++] = truthy(run(vm, cmp, base)) ? a[j++] : a[i++];
	}
	while (i < h)
		tmp[k++] = a[i++];
	while (j < n)
		tmp[k++] = a[j++];
	memcpy(a, tmp, n * sizeof *a);
}

static struct value run(struct vm *vm, int f, size_t base)
{
	const int32_t *code = vm->funcs[f].code, *ip = code;
	struct value *locals = vm->stack + base;
	if (++vm->depth > MAX_FRAMES) {
		fputs("script: too deep\n", stderr);
		exit(1);
	}
	vm->sp = base + (size_t)vm->funcs[f].nlocals;
	for (;;) {
		struct value *top = vm->stack + vm->sp - 1;
		switch ((enum op)*ip++) {
		case PUSH:
			vm->stack[vm->sp++] = integer(*ip++);
			break;
		case LOAD:
			vm->stack[vm->sp++] = locals[*ip++];
			break;
		case STORE:
			locals[*ip++] = *top;
			vm->sp--;
			break;
		case ADD:
			top[-1].as.i += top->as.i;
			vm->sp--;
			break;
		case SUB:
			top[-1].as.i -= top->as.i;
			vm->sp--;
			break;
		case MOD:
			top[-1].as.i %= top->as.i;
			vm->sp--;
			break;
		case LT:
			top[-1] = integer(top[-1].as.i < top->as.i);
			vm->sp--;
			break;
		case JUMP:
			ip = code + *ip;
			break;
		case JFALSE:
			vm->sp--;
			ip = truthy(*top) ? ip + 1 : code + *ip;
			break;
		case CALL: {
			int g = *ip++, n = *ip++;
			struct value r = run(vm, g, vm->sp - (size_t)n);
			vm->stack[vm->sp++] = r;
			break;
		}
		case RET: {
			struct value r = *top;
			vm->sp = base;
			vm->depth--;
			return r;
		}
		case AGET:
			top[-1] = top[-1].as.a->items[top->as.i];
			vm->sp--;
			break;
		case TOSTR: {
			char buf[24];
			int n = snprintf(buf, sizeof buf, "%lld", (long long)top->as.i);
			*top = string(vm, buf, (size_t)n, "", 0);
			break;
		}
		case CONCAT:
			top[-1] = string(vm, top[-1].as.s->bytes, top[-1].as.s->len, top->as.s->bytes, top->as.s->len);
			vm->sp--;
			break;
		case SLEN:
			*top = integer((int64_t)top->as.s->len);
			break;
		}
	}
}

/* fib(n): if n < 2 return n; return fib(n - 1) + fib(n - 2) */
static const int32_t fib_code[] = {
	/* 0 */ LOAD, 0, PUSH, 2, LT, JFALSE, 10, LOAD, 0, RET,
	/* 10 */ LOAD, 0, PUSH, 1, SUB, CALL, FIB, 1,
	/* 18 */ LOAD, 0, PUSH, 2, SUB, CALL, FIB, 1,
	/* 26 */ ADD, RET,
};
/* less(a, b): by the last digit, then by value.
 *   d = a % 10 - b % 10; if d < 0 return 1; if 0 < d return 0; return a < b */
static const int32_t less_code[] = {
	/* 0 */ LOAD, 0, PUSH, 10, MOD, LOAD, 1, PUSH, 10, MOD, SUB, STORE, 2,
	/* 13 */ LOAD, 2, PUSH, 0, LT, JFALSE, 23, PUSH, 1, RET,
	/* 23 */ PUSH, 0, LOAD, 2, LT, JFALSE, 33, PUSH, 0, RET,
	/* 33 */ LOAD, 0, LOAD, 1, LT, RET,
};
/* build(arr, n): s = tostr(0); for i < n: s = s .. tostr(arr[i]); return #s */
static const int32_t build_code[] = {
	/* 0 */ PUSH, 0, STORE, 2, PUSH, 0, TOSTR, STORE, 3,
	/* 9 */ LOAD, 2, LOAD, 1, LT, JFALSE, 36,
	/* 16 */ LOAD, 3, LOAD, 0, LOAD, 2, AGET, TOSTR, CONCAT, STORE, 3,
	/* 27 */ LOAD, 2, PUSH, 1, ADD, STORE, 2, JUMP, 9,
	/* 36 */ LOAD, 3, SLEN, RET,
};

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 20;
	static struct vm vm;
	static const struct func funcs[] = {
		[FIB] = {fib_code, 1},
		[LESS] = {less_code, 3},
		[BUILD] = {build_code, 4},
	};
	vm.funcs = funcs;
	vm.arena_size = 64u << 20;
	vm.arena = xmalloc(vm.arena_size);
	uint64_t sum = 0;
	for (int r = 0; r < n; r++) {
		/* The script's strings live until the round ends, as a collector
		 * would keep them until its next cycle. */
		vm.arena_used = 0;

		vm.stack[0] = integer(20 + r % 4);
		sum = sum * 31 + (uint64_t)run(&vm, FIB, 0).as.i;

		/* A table sort with a script comparator, called back from C. */
		struct arr a = {0, 20000, NULL};
		a.items = xmalloc(a.cap * sizeof *a.items);
		uint32_t x = 12345u + (uint32_t)r;
		for (size_t i = 0; i < a.cap; i++) {
			x = x * 1103515245u + 12345u;
			a.items[a.len++] = integer(x >> 8 & 0xfffff);
		}
		struct value *tmp = xmalloc(a.len * sizeof *tmp);
		sort(&vm, a.items, tmp, a.len, LESS);
		for (size_t i = 0; i < a.len; i += 97)
			sum = sum * 31 + (uint64_t)a.items[i].as.i;

		/* String building in the script. */
		vm.stack[0] = (struct value){ARR, {.a = &a}};
		vm.stack[1] = integer(1500);
		sum = sum * 31 + (uint64_t)run(&vm, BUILD, 0).as.i;
		free(tmp);
		free(a.items);
	}
	printf("script %d rounds: checksum %llu\n", n, (unsigned long long)sum);
	free(vm.arena);
	return 0;
}
