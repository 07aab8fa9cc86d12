#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# <regex.h>: regcomp, regexec, regerror, regfree (libc/src/regex).  The
# libc program in wasm64-run and natively under ASan/UBSan, and the
# differential test against glibc's regex on generated patterns.

setup() {
	load helpers
	NATIVE="$ROOT/build/libc-native"
}

# libc_test NAME OPTS: as in tests/30-libc.bats.
libc_test() {
	local name=$1 opts=$2
	shift 2
	[ "$opts" = -O2 ] ||
		native_pass_only "the ASan/UBSan interpreter runs the -O2 build of each program"
	# shellcheck disable=SC2086 # OPTS is a list of flags
	cc "$BATS_TEST_TMPDIR/$name.wasm" "$ROOT/tests/libc/$name.c" $opts
	run "$RUN" "$@" "$BATS_TEST_TMPDIR/$name.wasm"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	refute_output --partial "Sanitizer"
	refute_output --partial "runtime error"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "libc/regex.c -O0: BRE, ERE, flags, brackets, back-references, GNU escapes, errors, UTF-8" {
	libc_test regex -O0
	assert_success
	assert_clean_summary
}
@test "libc/regex.c -O2" { libc_test regex -O2; assert_success; assert_clean_summary; }
@test "libc/regex.c for wasm32 (sysroot32)" {
	native_pass_only "the ASan/UBSan interpreter runs the wasm64 builds"
	clang-22 --target=wasm32 --sysroot="$ROOT/sysroot32" -O2 "$ROOT/tests/libc/regex.c" \
		-o "$BATS_TEST_TMPDIR/regex32.wasm"
	run "$RUN" "$BATS_TEST_TMPDIR/regex32.wasm"
	assert_success
	assert_clean_summary
}

@test "native libc/regex.c" {
	native_pass_only "a native build with its own ASan/UBSan"
	[ -x "$NATIVE/libc/regex" ] || fail "$NATIVE/libc/regex is not built: make libc-native"
	run "$NATIVE/libc/regex"
	assert_success
	assert_clean_summary
}

@test "regcomp and regexec == glibc on generated BREs and EREs (results, errors, every pmatch entry)" {
	native_pass_only "a native build with its own ASan/UBSan"
	[ -x "$NATIVE/diff/regex_diff" ] || fail "not built: make libc-native"
	run "$NATIVE/diff/regex_diff"
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^regex: [0-9]{6,} cases compared, 0 mismatches$'
}
