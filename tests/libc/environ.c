/*
 * environ and setenv, unsetenv, putenv, clearenv; getentropy and
 * arc4random.  Run with W64_A=1 and W64_B=two in the environment
 * (tests/41-libc-posix.bats).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "check.h"

extern char **environ;

static int count_env(const char *prefix)
{
	int n = 0;
	for (char **e = environ; e != NULL && *e != NULL; e++)
		n += strncmp(*e, prefix, strlen(prefix)) == 0;
	return n;
}

static int in_environ(const char *entry)
{
	for (char **e = environ; e != NULL && *e != NULL; e++)
		if (strcmp(*e, entry) == 0)
			return 1;
	return 0;
}

static void test_environment(void)
{
	/* environ is there before any call, and getenv reads it. */
	CHECK(environ != NULL && in_environ("W64_A=1") && in_environ("W64_B=two"));
	CHECK(getenv("W64_A") != NULL && strcmp(getenv("W64_A"), "1") == 0);

	/* setenv: new, replaced, kept without overwrite. */
	CHECK(setenv("W64_NEW", "v1", 0) == 0 && strcmp(getenv("W64_NEW"), "v1") == 0);
	CHECK(in_environ("W64_NEW=v1"));
	CHECK(setenv("W64_NEW", "v2", 0) == 0 && strcmp(getenv("W64_NEW"), "v1") == 0);
	CHECK(setenv("W64_NEW", "v2", 1) == 0 && strcmp(getenv("W64_NEW"), "v2") == 0);
	CHECK(count_env("W64_NEW=") == 1);
	CHECK(setenv("W64_A", "", 1) == 0 && getenv("W64_A") != NULL && *getenv("W64_A") == '\0');
	/* Many variables: the array grows. */
	char name[32];
	int ok = 1;
	for (int i = 0; i < 200; i++) {
		strcpy(name, "W64_MANY_");
		name[9] = (char)('a' + i / 26 % 26);
		name[10] = (char)('a' + i % 26);
		name[11] = '\0';
		ok &= setenv(name, name, 1) == 0;
	}
	CHECK(ok && count_env("W64_MANY_") == 200 && strcmp(getenv("W64_MANY_ha"), "W64_MANY_ha") == 0);

	/* Errors: empty name, '=' in the name. */
	errno = 0;
	CHECK(setenv("", "x", 1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(setenv("A=B", "x", 1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(unsetenv("") == -1 && errno == EINVAL);
	errno = 0;
	CHECK(unsetenv("A=B") == -1 && errno == EINVAL);

	/* unsetenv removes every copy; a missing name is fine. */
	CHECK(unsetenv("W64_NEW") == 0 && getenv("W64_NEW") == NULL && count_env("W64_NEW=") == 0);
	CHECK(unsetenv("W64_NO_SUCH") == 0);
	CHECK(getenv("W64_B") != NULL && strcmp(getenv("W64_B"), "two") == 0);

	/* putenv: the string itself is the variable. */
	static char entry[] = "W64_PUT=first";
	CHECK(putenv(entry) == 0 && strcmp(getenv("W64_PUT"), "first") == 0);
	memcpy(entry + 8, "again", 6);
	CHECK(strcmp(getenv("W64_PUT"), "again") == 0);
	static char noeq[] = "W64_PUT";
	CHECK(putenv(noeq) == 0 && getenv("W64_PUT") == NULL);
	static char empty_name[] = "=x";
	errno = 0;
	CHECK(putenv(empty_name) == -1 && errno == EINVAL);
	/* setenv after putenv replaces the caller's string, not writes it. */
	CHECK(putenv(entry) == 0 && setenv("W64_PUT", "mine", 1) == 0);
	CHECK(strcmp(entry, "W64_PUT=again") == 0 && strcmp(getenv("W64_PUT"), "mine") == 0);

	/* A program's own array, assigned to environ, is read, and copied
	 * (not written) when changed. */
	char *mine[] = {"ONLY=1", NULL};
	char **saved = environ;
	environ = mine;
	CHECK(getenv("ONLY") != NULL && getenv("W64_B") == NULL);
	CHECK(setenv("SECOND", "2", 1) == 0 && environ != mine && mine[1] == NULL);
	CHECK(strcmp(getenv("ONLY"), "1") == 0 && strcmp(getenv("SECOND"), "2") == 0);
	environ = saved;

	/* clearenv: empty, and setenv starts again from nothing. */
	CHECK(clearenv() == 0 && getenv("W64_B") == NULL && getenv("PATH") == NULL);
	CHECK(environ == NULL || environ[0] == NULL);
	CHECK(setenv("AFTER", "clear", 1) == 0 && strcmp(getenv("AFTER"), "clear") == 0);
	CHECK(environ != NULL && environ[0] != NULL && environ[1] == NULL);
}

static void test_random(void)
{
	unsigned char a[256], b[256];
	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	CHECK(getentropy(a, sizeof a) == 0 && getentropy(b, sizeof b) == 0);
	CHECK(memcmp(a, b, sizeof a) != 0);
	CHECK(getentropy(a, 0) == 0);
	errno = 0;
	CHECK(getentropy(a, 257) == -1 && errno == EIO);

	uint32_t x = arc4random(), y = arc4random(), z = arc4random();
	CHECK(!(x == y && y == z));
	unsigned char big[1000];
	memset(big, 0, sizeof big);
	arc4random_buf(big, sizeof big);
	int zeros = 0;
	for (size_t i = 0; i < sizeof big; i++)
		zeros += big[i] == 0;
	CHECK(zeros < 20); /* about 4 expected */

	/* arc4random_uniform: in range, every value reached, no bias to
	 * speak of (chi-square over 10 buckets, 20000 draws). */
	CHECK(arc4random_uniform(0) == 0 && arc4random_uniform(1) == 0);
	int counts[10] = {0}, in_range = 1;
	for (int i = 0; i < 20000; i++) {
		uint32_t r = arc4random_uniform(10);
		in_range &= r < 10;
		if (r < 10)
			counts[r]++;
	}
	double chi = 0;
	for (int i = 0; i < 10; i++)
		chi += (counts[i] - 2000.0) * (counts[i] - 2000.0) / 2000.0;
	CHECK(in_range && chi < 40); /* 9 degrees of freedom: p < 1e-5 */
	/* 3 * 2^30: a plain modulo would give the lowest third of the
	 * range twice its share (1/2 of the draws instead of 1/3). */
	uint32_t top = 0xc0000000u;
	int low = 0;
	for (int i = 0; i < 6000; i++)
		low += arc4random_uniform(top) < 0x40000000u;
	CHECK(low > 1800 && low < 2200); /* 2000 expected, sd 37 */
}

int main(void)
{
	test_environment();
	test_random();
	return check_summary();
}
