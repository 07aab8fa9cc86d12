#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The libc beyond C11's core, toward parity with wasi-libc: complex.h,
# fenv.h, the libm extras (Bessel functions, exp10, sincos...), the
# stdlib.h extras (rand48, random, ecvt...), search.h, regex.h, fnmatch.h,
# glob.h, crypt.h and string extras.  Each tests/libc program runs in
# wasm64-run (-O2, and -O0 where optimisation could matter) and natively
# under ASan/UBSan; the differential drivers compare with glibc.

setup() {
	load helpers
	NATIVE="$ROOT/build/libc-native"
}

# libc_test NAME OPTS [RUNTIME_OPTIONS...]: tests/libc/NAME.c built with the
# plain user command plus OPTS, run in wasm64-run (in the sanitizer pass,
# the -O2 builds only).
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
	local name=$1
	shift
	native_pass_only "a native build with its own ASan/UBSan"
	make -s -C "$ROOT" "build/libc-native/libc/$name" >/dev/null
	run env "$@" "$NATIVE/libc/$name"
}

# diff_test NAME: a differential driver (tests/libc-native/NAME.c), which
# ends with "<what>: N cases compared, 0 mismatches".
diff_test() {
	native_pass_only "a native build with its own ASan/UBSan"
	make -s -C "$ROOT" "build/libc-native/diff/$1" >/dev/null
	run "$NATIVE/diff/$1"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	refute_output --partial "Sanitizer"
	refute_output --partial "runtime error"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "libc/fenv.c -O0" { libc_test fenv -O0; assert_success; assert_clean_summary; }
@test "libc/fenv.c -O2" { libc_test fenv -O2; assert_success; assert_clean_summary; }
@test "native libc/fenv.c" { native_test fenv; assert_success; assert_clean_summary; }

@test "libc/more_string.c -O0" { libc_test more_string -O0; assert_success; assert_clean_summary; }
@test "libc/more_string.c -O2" { libc_test more_string -O2; assert_success; assert_clean_summary; }
@test "native libc/more_string.c" { native_test more_string; assert_success; assert_clean_summary; }

@test "libc/more_stdlib.c -O2" { libc_test more_stdlib -O2; assert_success; assert_clean_summary; }
@test "native libc/more_stdlib.c" { native_test more_stdlib; assert_success; assert_clean_summary; }
@test "libc/more_stdlib.c: quick_exit runs the at_quick_exit handlers newest first, not atexit's" {
	cc "$BATS_TEST_TMPDIR/more_stdlib.wasm" "$ROOT/tests/libc/more_stdlib.c" -O2
	run "$RUN" "$BATS_TEST_TMPDIR/more_stdlib.wasm" quick
	assert_failure 5
	assert_output $'3 passed, 0 failed\nsecond quick handler\nfirst quick handler'
}
@test "native libc/more_stdlib.c: quick_exit" {
	native_test more_stdlib
	run "$NATIVE/libc/more_stdlib" quick
	assert_failure 5
	assert_output $'3 passed, 0 failed\nsecond quick handler\nfirst quick handler'
}

@test "libc/search.c -O0" { libc_test search -O0; assert_success; assert_clean_summary; }
@test "libc/search.c -O2" { libc_test search -O2; assert_success; assert_clean_summary; }
@test "native libc/search.c" { native_test search; assert_success; assert_clean_summary; }

@test "rand48, random/initstate/setstate, rand_r, a64l/l64a, ecvt/fcvt/gcvt, strverscmp, strcasestr, getsubopt, swab, qsort_r == glibc" {
	diff_test more_diff
	assert_success
	assert_line --regexp '^more: [0-9]{6,} cases compared, 0 mismatches \([0-9]+ where'
}

# libm's extras: special cases, errno and exact values (-fmath-errno
# -fno-builtin, as tests/libc/math.c); accuracy: tests/36-libm.bats.
@test "libc/more_math.c -O0" { libc_test more_math "-O0 -fmath-errno -fno-builtin -lm"; assert_success; assert_clean_summary; }
@test "libc/more_math.c -O2" { libc_test more_math "-O2 -fmath-errno -fno-builtin -lm"; assert_success; assert_clean_summary; }
@test "native libc/more_math.c" { native_test more_math; assert_success; assert_clean_summary; }

# complex.h in float, double and long double, with clang's tgmath.h.
@test "libc/complex.c -O0" { libc_test complex "-O0 -lm"; assert_success; assert_clean_summary; }
@test "libc/complex.c -O2" { libc_test complex "-O2 -lm"; assert_success; assert_clean_summary; }
@test "libc/complex.c wasm32" {
	native_pass_only "the ASan/UBSan interpreter runs the wasm64 builds"
	[ -f "$ROOT/sysroot32/lib/libc.a" ] || skip "the wasm32 libc is not built (make sysroot32)"
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32 --sysroot="$ROOT/sysroot32" -O2 \
		"$ROOT/tests/libc/complex.c" -o "$BATS_TEST_TMPDIR/complex32.wasm" -lm
	run "$RUN" "$BATS_TEST_TMPDIR/complex32.wasm"
	assert_success
	assert_clean_summary
}
@test "native libc/complex.c" { native_test complex; assert_success; assert_clean_summary; }
@test "complex.h == glibc on Annex G's special values, within 1 ulp of MPC (cpow 8, normwise)" {
	W64_DIFF_CASES=10 diff_test complex_diff
	assert_success
	assert_line --regexp '^complex: [0-9]{5,} cases compared, 0 mismatches'
}
