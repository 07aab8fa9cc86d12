#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# <fnmatch.h> and <glob.h>: the libc programs in wasm64-run (glob over a
# preopened directory), natively under ASan/UBSan, and both functions
# against glibc's on generated cases (docs/libc.md "Wildcards").

setup() {
	load helpers
	NATIVE="$ROOT/build/libc-native"
}

# libc_test NAME OPTS [RUNTIME_OPTIONS...]: as in tests/30-libc.bats.
libc_test() {
	local name=$1 opts=$2
	shift 2
	[ "$opts" = -O2 ] ||
		native_pass_only "the ASan/UBSan interpreter runs the -O2 build of each program"
	# shellcheck disable=SC2086 # OPTS is a list of flags
	cc "$BATS_TEST_TMPDIR/$name.wasm" "$ROOT/tests/libc/$name.c" $opts
	run "$RUN" "$@" "$BATS_TEST_TMPDIR/$name.wasm"
}

# native_test NAME [VAR=VALUE...]: the native ASan/UBSan build of
# tests/libc/NAME.c (libc/native.mk).
native_test() {
	native_pass_only "a native build with its own ASan/UBSan"
	local name=$1
	shift
	[ -x "$NATIVE/libc/$name" ] || fail "$NATIVE/libc/$name is not built: make libc-native"
	run env "$@" "$NATIVE/libc/$name"
}

# diff_test NAME: a differential driver, which ends with
# "<what>: N cases compared, M mismatches".
diff_test() {
	native_pass_only "a native build against glibc"
	[ -x "$NATIVE/diff/$1" ] || fail "$NATIVE/diff/$1 is not built: make libc-native"
	run "$NATIVE/diff/$1"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	refute_output --partial "Sanitizer"
	refute_output --partial "runtime error"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "libc/fnmatch.c -O0: wildcards, escapes, brackets, every flag, no exponential backtracking" {
	libc_test fnmatch -O0
	assert_success
	assert_clean_summary
}
@test "libc/fnmatch.c -O2" { libc_test fnmatch -O2; assert_success; assert_clean_summary; }
@test "native libc/fnmatch.c" { native_test fnmatch; assert_success; assert_clean_summary; }

@test "libc/glob.c -O0 over a preopened directory: flags, errfunc, order, outside the preopens" {
	mkdir "$BATS_TEST_TMPDIR/work"
	libc_test glob -O0 --dir "$BATS_TEST_TMPDIR/work::/work"
	assert_success
	assert_clean_summary
}
@test "libc/glob.c -O2" {
	mkdir "$BATS_TEST_TMPDIR/work"
	libc_test glob -O2 --dir "$BATS_TEST_TMPDIR/work::/work"
	assert_success
	assert_clean_summary
	# What the program made is in the host directory, where it said.
	[ -f "$BATS_TEST_TMPDIR/work/t/d/x.c" ] || fail "no t/d/x.c in the preopened directory"
}
@test "native libc/glob.c" {
	mkdir "$BATS_TEST_TMPDIR/work"
	native_test glob "W64_PREOPENS=$BATS_TEST_TMPDIR/work::/work"
	assert_success
	assert_clean_summary
}

@test "fnmatch.h and glob.h compile for wasm32 (sysroot32) too, and glob64_t is glob_t" {
	native_pass_only "compiles only"
	cat >"$BATS_TEST_TMPDIR/h.c" <<-'EOF'
		#include <fnmatch.h>
		#include <glob.h>
		_Static_assert(sizeof(glob64_t) == sizeof(glob_t), "glob64_t");
		int main(void)
		{
			glob_t g;
			int r = glob("*", GLOB_MARK, 0, &g);
			if (r == 0)
				globfree(&g);
			return fnmatch("*.c", "a.c", FNM_PERIOD) | (r == GLOB_NOSPACE);
		}
	EOF
	run -0 clang-22 --target=wasm32 --sysroot="$ROOT/sysroot32" -Wall -Wextra -Werror \
		"$BATS_TEST_TMPDIR/h.c" -o "$BATS_TEST_TMPDIR/h32.wasm"
	cc "$BATS_TEST_TMPDIR/h.wasm" "$BATS_TEST_TMPDIR/h.c" -Wall -Wextra -Werror
	mkdir "$BATS_TEST_TMPDIR/w"
	touch "$BATS_TEST_TMPDIR/w/a.c"
	run -0 "$RUN" --dir "$BATS_TEST_TMPDIR/w::/" "$BATS_TEST_TMPDIR/h.wasm"
}

@test "fnmatch == glibc on generated patterns, strings and flag sets" {
	diff_test fnmatch_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^fnmatch: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "glob == glibc on a generated tree with links: results, order, flags, errfunc calls" {
	diff_test glob_diff
	assert_success
	refute_output --partial "Sanitizer:"
	assert_line --regexp '^glob: [0-9]{4,} cases compared, 0 mismatches$'
}
