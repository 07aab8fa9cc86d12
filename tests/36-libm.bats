#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# libm (docs/libm.md): a reduced sample of the accuracy comparison that
# `make libm-accuracy` runs in full (double and float
# against glibc's binary128 functions, long double against MPFR).  Any
# function over its bound fails, lgammal next to lgamma's zeros included.
# The special cases and errno
# (tests/libc/math.c) run with the other libc programs: in wasm64 in
# tests/30-libc.bats, natively under ASan/UBSan in tests/32-libc-native.bats.
#
# W64_LIBM_CASES sets the sample (inputs per function, 20000 by default).

setup() {
	load helpers
	NATIVE="$ROOT/build/libc-native"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	refute_output --partial "Sanitizer"
	refute_output --partial "runtime error"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "libm accuracy, reduced sample: every function within its bound" {
	native_pass_only "a native build with its own ASan/UBSan"
	make -s -C "$ROOT" libc-native >/dev/null
	run "$NATIVE/diff/libm_accuracy" -n "${W64_LIBM_CASES:-20000}"
	assert_success
	assert_line --regexp '^long double reference: MPFR'
	assert_clean_summary
}

@test "every function math.h declares is in libc.a, and -lm links" {
	local declared defined missing
	declared=$(sed -nE 's/^(double|float|long double|int|long|long long) \*?([a-z0-9_]+)\(.*/\2/p' \
		"$SYSROOT/include/math.h" | sort -u)
	# C11's 57 x 3, and 29 beyond C11 (Bessel, exp10, lgamma_r...; sincos* return void)
	[ "$(printf '%s\n' "$declared" | wc -l)" -eq 200 ] || fail "expected 200 declarations (57 x 3 + 29): $declared"
	defined=$(llvm-nm-22 --defined-only --extern-only --format=just-symbols "$SYSROOT/lib/libc.a" | sort -u)
	missing=$(comm -23 <(printf '%s\n' "$declared") <(printf '%s\n' "$defined"))
	[ -z "$missing" ] || fail "declared but not in libc.a: $missing"
	printf '#include <math.h>\nint main(void) { return (int)(sinl(1.0L) * 0 + cbrtf(8.0f)) - 2; }\n' \
		>"$BATS_TEST_TMPDIR/lm.c"
	cc "$BATS_TEST_TMPDIR/lm.wasm" "$BATS_TEST_TMPDIR/lm.c" -O2 -lm
	run -0 "$RUN" "$BATS_TEST_TMPDIR/lm.wasm"
}
