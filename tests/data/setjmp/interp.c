/*
 * A small scripting language whose C core handles errors the way real
 * interpreters' cores do: every error is a longjmp to the innermost
 * protected call, however deep the evaluator's recursion is, and
 * cooperative tasks yield by longjmp to their scheduler, which resumes
 * them through a continuation (the C frames of the task are discarded).
 * Built for wasm64 and natively; both builds must print the same.
 *
 * The language: statements separated by ';', each `def f(a, b) = expr`
 * or an expression, whose value is printed.  Expressions have integers,
 * + - * / %, < and =, parentheses, parameters, calls, and three special
 * forms that evaluate lazily: if(c, a, b), try(e, h) (h when e raises)
 * and error(n).  Evaluation happens while parsing; a part that must not
 * run is parsed with evaluation off.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEFS 16
#define MAX_PARAMS 4
#define MAX_DEPTH 150

struct def {
	char name[16];
	int nparams;
	char params[MAX_PARAMS][16];
	const char *body;
};

struct frame {
	const struct def *def;
	long long args[MAX_PARAMS];
};

struct vm {
	const char *src, *p;
	int running; /* 0 while parsing a part that is not evaluated */
	int depth;
	struct def defs[MAX_DEFS];
	int ndefs;
	const struct frame *frame;
	jmp_buf *handler; /* the innermost try, or the statement loop */
	char message[96];
	long long code;
	int protected_calls, raised;
};

static _Noreturn void raise_error(struct vm *vm, long long code, const char *what)
{
	vm->code = code;
	snprintf(vm->message, sizeof vm->message, "%s at offset %d", what, (int)(vm->p - vm->src));
	vm->raised++;
	longjmp(*vm->handler, 1);
}

static void skip_space(struct vm *vm)
{
	while (*vm->p == ' ' || *vm->p == '\n')
		vm->p++;
}

static int accept(struct vm *vm, char c)
{
	skip_space(vm);
	if (*vm->p != c)
		return 0;
	vm->p++;
	return 1;
}

static void expect(struct vm *vm, char c)
{
	if (!accept(vm, c)) {
		char what[32];
		snprintf(what, sizeof what, "syntax error: '%c' expected", c);
		raise_error(vm, -1, what);
	}
}

static int read_name(struct vm *vm, char out[16])
{
	int n = 0;
	skip_space(vm);
	while ((*vm->p >= 'a' && *vm->p <= 'z') || *vm->p == '_') {
		if (n == 15)
			raise_error(vm, -1, "name too long");
		out[n++] = *vm->p++;
	}
	out[n] = 0;
	return n;
}

static long long expr(struct vm *vm);

static const struct def *find_def(struct vm *vm, const char *name)
{
	for (int i = 0; i < vm->ndefs; i++)
		if (!strcmp(vm->defs[i].name, name))
			return &vm->defs[i];
	raise_error(vm, -2, "unknown function");
}

/* Runs a definition's body with its arguments: the parser jumps to the
 * body and comes back, and an error on the way leaves both jumps to the
 * handler, which restores the position it saved. */
static long long call(struct vm *vm, const struct def *d, const long long *args)
{
	if (vm->depth >= MAX_DEPTH)
		raise_error(vm, -3, "recursion too deep");
	struct frame f = {.def = d};
	memcpy(f.args, args, sizeof f.args);
	const struct frame *caller = vm->frame;
	const char *back = vm->p;
	vm->frame = &f;
	vm->p = d->body;
	vm->depth++;
	long long v = expr(vm);
	vm->depth--;
	vm->p = back;
	vm->frame = caller;
	return v;
}

/* try(e, h): e under a handler of its own; h (not run unless e raised)
 * gives the value when it did, combined with the error's code.  Locals
 * read after the longjmp are volatile, as C requires. */
static long long protected_call(struct vm *vm)
{
	jmp_buf here;
	jmp_buf *volatile outer = vm->handler;
	const struct frame *volatile frame = vm->frame;
	const char *volatile start = vm->p;
	volatile int depth = vm->depth, was = vm->running;
	long long v, code;
	vm->protected_calls += was;
	if (setjmp(here) == 0) {
		vm->handler = &here;
		v = expr(vm);
		vm->handler = outer;
		expect(vm, ',');
		vm->running = 0;
		expr(vm);
		vm->running = was;
		return v;
	}
	/* e raised: parse it again, not running it, to reach h. */
	code = vm->code;
	vm->handler = outer;
	vm->frame = frame;
	vm->depth = depth;
	vm->p = start;
	vm->running = 0;
	expr(vm);
	vm->running = was;
	expect(vm, ',');
	return expr(vm) * 1000 + code;
}

static long long primary(struct vm *vm)
{
	char name[16];
	skip_space(vm);
	if (*vm->p >= '0' && *vm->p <= '9') {
		long long v = 0;
		while (*vm->p >= '0' && *vm->p <= '9')
			v = v * 10 + (*vm->p++ - '0');
		return v;
	}
	if (accept(vm, '(')) {
		long long v = expr(vm);
		expect(vm, ')');
		return v;
	}
	if (!read_name(vm, name))
		raise_error(vm, -1, "syntax error: value expected");
	if (!strcmp(name, "if")) {
		expect(vm, '(');
		long long c = expr(vm);
		int was = vm->running;
		expect(vm, ',');
		vm->running = was && c;
		long long a = expr(vm);
		expect(vm, ',');
		vm->running = was && !c;
		long long b = expr(vm);
		vm->running = was;
		expect(vm, ')');
		return c ? a : b;
	}
	if (!strcmp(name, "try")) {
		expect(vm, '(');
		long long v = protected_call(vm);
		expect(vm, ')');
		return v;
	}
	if (!strcmp(name, "error")) {
		expect(vm, '(');
		long long n = expr(vm);
		expect(vm, ')');
		if (vm->running)
			raise_error(vm, n, "error raised");
		return 0;
	}
	if (accept(vm, '(')) {
		long long args[MAX_PARAMS] = {0};
		int n = 0;
		if (!accept(vm, ')')) {
			do {
				if (n == MAX_PARAMS)
					raise_error(vm, -1, "too many arguments");
				args[n++] = expr(vm);
			} while (accept(vm, ','));
			expect(vm, ')');
		}
		if (!vm->running)
			return 0;
		const struct def *d = find_def(vm, name);
		if (n != d->nparams)
			raise_error(vm, -4, "wrong number of arguments");
		return call(vm, d, args);
	}
	if (vm->frame)
		for (int i = 0; i < vm->frame->def->nparams; i++)
			if (!strcmp(vm->frame->def->params[i], name))
				return vm->frame->args[i];
	if (!vm->running)
		return 0;
	raise_error(vm, -2, "unknown name");
}

static long long unary(struct vm *vm)
{
	if (accept(vm, '-'))
		return -unary(vm);
	return primary(vm);
}

static long long term(struct vm *vm)
{
	long long v = unary(vm);
	for (;;) {
		char op;
		skip_space(vm);
		op = *vm->p;
		if (op != '*' && op != '/' && op != '%')
			return v;
		vm->p++;
		long long r = unary(vm);
		if (!vm->running)
			continue;
		if (op == '*')
			v *= r;
		else if (r == 0)
			raise_error(vm, -5, "division by zero");
		else
			v = op == '/' ? v / r : v % r;
	}
}

static long long sum(struct vm *vm)
{
	long long v = term(vm);
	for (;;) {
		if (accept(vm, '+'))
			v += term(vm);
		else if (accept(vm, '-'))
			v -= term(vm);
		else
			return v;
	}
}

static long long expr(struct vm *vm)
{
	long long v = sum(vm);
	if (accept(vm, '<'))
		return v < sum(vm);
	if (accept(vm, '='))
		return v == sum(vm);
	return v;
}

static void define(struct vm *vm)
{
	if (vm->ndefs == MAX_DEFS)
		raise_error(vm, -1, "too many definitions");
	struct def *d = &vm->defs[vm->ndefs];
	memset(d, 0, sizeof *d);
	if (!read_name(vm, d->name))
		raise_error(vm, -1, "syntax error: name expected");
	expect(vm, '(');
	if (!accept(vm, ')')) {
		do {
			if (d->nparams == MAX_PARAMS)
				raise_error(vm, -1, "too many parameters");
			if (!read_name(vm, d->params[d->nparams++]))
				raise_error(vm, -1, "syntax error: parameter expected");
		} while (accept(vm, ','));
		expect(vm, ')');
	}
	expect(vm, '=');
	d->body = vm->p;
	/* Parse the body once, not running it, to find where it ends. */
	struct frame f = {.def = d};
	vm->frame = &f;
	vm->running = 0;
	expr(vm);
	vm->running = 1;
	vm->frame = NULL;
	vm->ndefs++;
}

/* Each statement under the top-level handler: an error ends the
 * statement, not the script. */
static void run_script(const char *src)
{
	static struct vm vm;
	jmp_buf top;
	memset(&vm, 0, sizeof vm);
	vm.src = vm.p = src;
	vm.handler = &top;
	printf("script: %s\n", src);
	while (*vm.p) {
		/* Where the statement began: an error may leave the parser
		 * inside a definition's body, anywhere in the source. */
		const char *volatile start = vm.p;
		if (setjmp(top)) {
			printf("  error %lld: %s\n", vm.code, vm.message);
			vm.running = 1;
			vm.frame = NULL;
			vm.depth = 0;
			vm.p = start;
			while (*vm.p && *vm.p != ';')
				vm.p++;
		} else {
			char name[16];
			vm.running = 1;
			if (read_name(&vm, name) == 3 && !strcmp(name, "def"))
				define(&vm);
			else {
				vm.p = start;
				printf("  = %lld\n", expr(&vm));
			}
			skip_space(&vm);
			if (*vm.p && *vm.p != ';')
				raise_error(&vm, -1, "syntax error: ';' expected");
		}
		if (*vm.p == ';')
			vm.p++;
	}
	printf("  (%d protected calls, %d errors raised)\n", vm.protected_calls, vm.raised);
}

/* --- tasks: yields that longjmp to the scheduler ------------------------- */

#define NTASKS 3
#define CAPACITY 2

struct task {
	const char *name;
	/* The continuation: where the task goes on when next run. */
	void (*next)(struct task *);
	long long state, limit, got;
	int done;
};

static struct {
	long long items[CAPACITY];
	int count;
	jmp_buf scheduler;
	long long yields;
} chan;

/* Leaves the running task's C frames behind: the scheduler runs the
 * next task, and this one resumes at k. */
static _Noreturn void yield_to(struct task *t, void (*k)(struct task *))
{
	t->next = k;
	chan.yields++;
	longjmp(chan.scheduler, 1);
}

static void produce(struct task *t);

static int collatz_steps(long long n, int depth)
{
	/* Recursive on purpose: the yield below leaves from deep frames. */
	if (n == 1)
		return depth;
	return collatz_steps(n % 2 ? 3 * n + 1 : n / 2, depth + 1);
}

static void put(struct task *t, long long v, void (*k)(struct task *))
{
	if (chan.count == CAPACITY)
		yield_to(t, t->next); /* full: try the same step again later */
	chan.items[chan.count++] = v;
	t->next = k;
}

static void produce(struct task *t)
{
	if (t->state > t->limit) {
		t->done = 1;
		return;
	}
	long long v = t->state * 1000 + collatz_steps(t->state, 0);
	put(t, v, produce);
	t->state++;
}

static void consume(struct task *t)
{
	if (chan.count == 0) {
		if (t->got >= t->limit) {
			t->done = 1;
			return;
		}
		yield_to(t, consume);
	}
	long long v = chan.items[0];
	memmove(chan.items, chan.items + 1, sizeof(long long) * (size_t)--chan.count);
	t->got++;
	t->state += v % 1000;
	printf("  %s got n=%lld (%lld steps)\n", t->name, v / 1000, v % 1000);
}

static void run_tasks(void)
{
	struct task tasks[NTASKS] = {
		{"small", produce, 1, 5, 0, 0},
		{"large", produce, 25, 28, 0, 0},
		{"sink", consume, 0, 9, 0, 0},
	};
	volatile int turn = 0;
	volatile int live = NTASKS;
	printf("tasks:\n");
	setjmp(chan.scheduler);
	while (live > 0) {
		struct task *t = &tasks[turn % NTASKS];
		turn++;
		if (t->done)
			continue;
		t->next(t);
		if (t->done)
			live--;
	}
	printf("  sink total %lld steps after %d turns, %lld yields\n", tasks[2].state, turn, chan.yields);
}

int main(void)
{
	run_script("1 + 2 * 3; (1 + 2) * 3; 7 / 0; 10 % 4 - -2");
	run_script("def fact(n) = if(n < 2, 1, n * fact(n - 1)); fact(10); fact(20)");
	run_script("def down(n) = if(n = 0, error(42), down(n - 1)); try(down(100), 7); down(3); 5");
	run_script("def f(n) = f(n + 1); try(f(0), 1); try(try(1 / 0, 2) + f(0), 3); 9");
	run_script("def g(a, b) = a * b; g(6, 7); g(1); nope(2); try(error(5), try(error(6), 8)); x + 1");
	run_script("def fib(n) = if(n < 2, n, fib(n - 1) + fib(n - 2)); fib(15); try(fib(10) / (fib(1) - 1), 4)");
	run_tasks();
	return 0;
}
