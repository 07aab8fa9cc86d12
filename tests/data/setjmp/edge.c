/*
 * setjmp/longjmp at their edges: nested levels, longjmp across thousands
 * of frames and through frames compiled without the flag (noflag.c),
 * longjmp(env, 0), values kept in volatile locals, longjmp out of a
 * signal handler run by raise, sigsetjmp/siglongjmp restoring the signal
 * mask, _setjmp/_longjmp.  Built for wasm64 and natively; both builds
 * must print the same.  `edge stale` uses a jmp_buf whose function has
 * returned (undefined in C): it must end the program, not harm the host.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

int sjlj_walk(int depth, int (*leaf)(int));

static jmp_buf outer_env, inner_env, leaf_env;
static int trail[16], ntrail;

static void note(int v)
{
	trail[ntrail++] = v;
}

static void deep(int n, jmp_buf env, int val)
{
	if (n == 0)
		longjmp(env, val);
	if (n > 0)
		deep(n - 1, env, val);
}

static int nested(void)
{
	volatile int level = 0;
	int r = setjmp(outer_env);
	if (r) {
		note(100 + r);
		return level;
	}
	level = 1;
	r = setjmp(inner_env);
	if (r) {
		note(200 + r);
		level = 2;
		deep(50, outer_env, 3); /* from the inner handler to the outer */
	}
	deep(10, inner_env, 0);  /* longjmp(env, 0) makes setjmp return 1 */
	return -1;
}

static int leaf(int v)
{
	longjmp(leaf_env, v);
}

static int recursion_depth;

static int recurse(int n)
{
	volatile char pad[64];
	pad[n % 64] = (char)n;
	recursion_depth = n;
	if (n == 5000)
		deep(0, leaf_env, 77);
	return n > 5000 ? 0 : recurse(n + 1) + pad[n % 64];
}

static sigjmp_buf sig_env;
static jmp_buf plain_env;
static volatile sig_atomic_t handled;

static void on_signal(int sig)
{
	handled = sig;
	siglongjmp(sig_env, sig);
}

static void on_signal_plain(int sig)
{
	handled = sig;
	longjmp(plain_env, 1);
}

static int blocked(int sig)
{
	sigset_t now;
	sigprocmask(SIG_BLOCK, NULL, &now);
	return sigismember(&now, sig);
}

static void stale_setter(jmp_buf env)
{
	if (setjmp(env))
		printf("stale longjmp came back\n");
}

int main(int argc, char **argv)
{
	static jmp_buf stale_env;
	volatile int counter = 0;
	int r;

	if (argc > 1 && !strcmp(argv[1], "stale")) {
		stale_setter(stale_env);
		printf("jumping to a returned function\n");
		fflush(stdout);
		longjmp(stale_env, 1);
	}

	printf("nested: level %d, trail", nested());
	for (int i = 0; i < ntrail; i++)
		printf(" %d", trail[i]);
	printf("\n");

	r = setjmp(leaf_env);
	if (r == 0)
		sjlj_walk(1000, leaf);
	printf("through frames built without the flag: %d\n", r);

	r = setjmp(leaf_env);
	if (r == 0)
		recurse(0);
	printf("across %d recursive calls: %d\n", recursion_depth, r);

	r = setjmp(leaf_env);
	counter++;
	if (counter < 5)
		longjmp(leaf_env, counter);
	printf("same setjmp, returned %d times, last value %d\n", counter, r);

	r = _setjmp(leaf_env);
	if (r == 0)
		_longjmp(leaf_env, 9);
	printf("_setjmp/_longjmp: %d\n", r);

	signal(SIGUSR1, on_signal);
	r = sigsetjmp(sig_env, 1);
	if (r == 0) {
		raise(SIGUSR1);
		printf("not reached\n");
	}
	printf("siglongjmp from a handler: %d, handled %d, SIGUSR1 blocked after: %d\n", r, (int)handled,
	       blocked(SIGUSR1));

	handled = 0;
	signal(SIGUSR2, on_signal_plain);
	if (setjmp(plain_env) == 0)
		raise(SIGUSR2);
	/* setjmp saves no mask: the handler's mask stays, as in glibc. */
	printf("longjmp from a handler: handled %d, SIGUSR2 blocked after: %d\n", (int)handled, blocked(SIGUSR2));

	r = sigsetjmp(sig_env, 0);
	if (r == 0)
		siglongjmp(sig_env, 5);
	printf("sigsetjmp without the mask: %d\n", r);
	return 0;
}
