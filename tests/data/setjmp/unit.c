/*
 * A unit-test framework in the style of the small C ones: each test runs
 * under setjmp, a failed assertion reports where and longjmps back to
 * the runner, which counts it and goes on with the next test.  Fixtures
 * are torn down whichever way a test ends.  Built for wasm64 and
 * natively; both builds must print the same.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf test_env;
static const char *failed_expr;
static int failed_line;
static int checks;

#define CHECK(cond)                                                  \
	do {                                                         \
		checks++;                                            \
		if (!(cond)) {                                       \
			failed_expr = #cond;                         \
			failed_line = __LINE__;                      \
			longjmp(test_env, 1);                        \
		}                                                    \
	} while (0)

#define CHECK_EQ_STR(a, b) CHECK(strcmp((a), (b)) == 0)

struct fixture {
	char *buffer;
	size_t size;
};

static struct fixture fx;
static int setups, teardowns;

static void setup(void)
{
	fx.size = 64;
	fx.buffer = calloc(1, fx.size);
	setups++;
}

static void teardown(void)
{
	free(fx.buffer);
	fx.buffer = NULL;
	teardowns++;
}

/* Helpers that fail deep inside other calls. */
static int parse_digit(char c)
{
	CHECK(c >= '0' && c <= '9');
	return c - '0';
}

static int parse_number(const char *s, int depth)
{
	if (!*s)
		return 0;
	int rest = parse_number(s + 1, depth + 1);
	int scale = 1;
	for (size_t i = 1; i < strlen(s); i++)
		scale *= 10;
	return parse_digit(*s) * scale + rest;
}

static void test_arithmetic(void)
{
	CHECK(1 + 1 == 2);
	CHECK(7 * 6 == 42);
}

static void test_strings(void)
{
	snprintf(fx.buffer, fx.size, "%s-%d", "item", 7);
	CHECK_EQ_STR(fx.buffer, "item-7");
	CHECK_EQ_STR(fx.buffer, "item-8");
	CHECK(0 && "never reached");
}

static void test_parse_good(void)
{
	CHECK(parse_number("12345", 0) == 12345);
}

static void test_parse_bad(void)
{
	/* The failure comes from parse_digit, five calls down. */
	CHECK(parse_number("12x45", 0) == 12045);
}

static void test_fixture_is_fresh(void)
{
	CHECK(fx.buffer != NULL && fx.buffer[0] == 0);
	strcpy(fx.buffer, "dirty");
}

static void test_fixture_again(void)
{
	CHECK(fx.buffer[0] == 0);
}

static void test_nested_expectation(void)
{
	/* A test may catch an expected failure itself, with a jmp_buf of its
	 * own saved and restored around the call. */
	jmp_buf saved;
	volatile int caught = 0;
	memcpy(saved, test_env, sizeof saved);
	if (setjmp(test_env) == 0)
		parse_digit('?');
	else
		caught = 1;
	memcpy(test_env, saved, sizeof saved);
	CHECK(caught == 1);
	CHECK(parse_digit('9') == 8);
}

struct test {
	const char *name;
	void (*fn)(void);
};

static const struct test tests[] = {
	{"arithmetic", test_arithmetic},
	{"strings", test_strings},
	{"parse_good", test_parse_good},
	{"parse_bad", test_parse_bad},
	{"fixture_is_fresh", test_fixture_is_fresh},
	{"fixture_again", test_fixture_again},
	{"nested_expectation", test_nested_expectation},
};

int main(void)
{
	/* Changed between setjmp and longjmp: volatile, as C requires. */
	volatile int passed = 0, failed = 0;
	for (volatile size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
		setup();
		if (setjmp(test_env) == 0) {
			tests[i].fn();
			printf("PASS %s\n", tests[i].name);
			passed++;
		} else {
			printf("FAIL %s: line %d: %s\n", tests[i].name, failed_line, failed_expr);
			failed++;
		}
		teardown();
	}
	printf("%d passed, %d failed, %d checks, %d setups, %d teardowns\n", passed, failed, checks, setups,
	       teardowns);
	/* Three tests fail on purpose: any other count is a broken runner. */
	return failed == 3 ? 0 : 1;
}
