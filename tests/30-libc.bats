#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# libc tests: small C programs built with the sysroot and run in wasm64-run.
# Each prints "FAIL file:line: expr" per failure and "N passed, N failed".

setup() {
	load helpers
}

# libc_test NAME OPT: build tests/libc/NAME.c at OPT and run it.
libc_test() {
	cc "$BATS_TEST_TMPDIR/$1.wasm" "$ROOT/tests/libc/$1.c" "$2"
	run "$RUN" "$BATS_TEST_TMPDIR/$1.wasm"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "libc/string.c -O0" { libc_test string -O0; assert_success; assert_clean_summary; }
@test "libc/string.c -O2" { libc_test string -O2; assert_success; assert_clean_summary; }
@test "libc/errno.c -O2" { libc_test errno -O2; assert_success; assert_clean_summary; }

@test "libc/exit.c: atexit handlers in reverse order, then the status" {
	libc_test exit -O2
	assert_failure 3
	assert_output $'2 passed, 0 failed\nsecond handler\nfirst handler'
}

@test "every tests/libc/*.c has a test here" {
	local f name
	for f in "$ROOT"/tests/libc/*.c; do
		name=$(basename "$f" .c)
		grep -q "libc_test $name " "$BATS_TEST_FILENAME" || fail "tests/libc/$name.c is not run by $BATS_TEST_FILENAME"
	done
}
