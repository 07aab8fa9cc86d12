#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Parity with Debian's wasi-libc (the C library wasm32 users already
# have): every public header it has compiles for wasm64 with our sysroot,
# every public symbol its libc.a defines, ours defines too; what is not
# there is listed in tests/parity/exceptions.txt with the reason.

setup() {
	load helpers
}

@test "wasi-libc parity: every header and symbol, or a listed exception with its reason" {
	native_pass_only "compares files; runs no module"
	run "$ROOT"/tests/parity/wasi-libc-parity.sh "$SYSROOT"
	printf '%s\n' "$output" >&3
	assert_success
	assert_line --regexp '^parity with wasi-libc: headers [0-9]+/[0-9]+, symbols [0-9]+/[0-9]+'
}

@test "wasi-libc parity: the check fails on a symbol missing from libc.a and on a stale exception" {
	native_pass_only "compares files; runs no module"
	# A sysroot whose libc.a lacks strlen: reported, exit 1.
	local s=$BATS_TEST_TMPDIR/sysroot
	mkdir -p "$s/lib"
	ln -s "$SYSROOT/include" "$s/include"
	cp "$SYSROOT/lib/libc.a" "$s/lib/libc.a"
	llvm-ar-22 d "$s/lib/libc.a" strlen.o
	run -1 "$ROOT"/tests/parity/wasi-libc-parity.sh "$s"
	assert_line --regexp '^  symbol strlen'
	# An exception for something that is there: reported as stale.
	{ cat "$ROOT/tests/parity/exceptions.txt"; printf 'symbol\tstrcpy\tnot really missing\n'; } >"$BATS_TEST_TMPDIR/exc"
	PARITY_EXCEPTIONS="$BATS_TEST_TMPDIR/exc" run -1 "$ROOT"/tests/parity/wasi-libc-parity.sh "$SYSROOT"
	assert_line "listed as exceptions in tests/parity/exceptions.txt but present now (remove them):"
	assert_line --regexp '^  symbol.strcpy$'
}
