#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The user's first command: C source -> wasm64 module -> our interpreter.

setup() {
	load helpers
}

hello_case() {
	local target=$1 opt=$2
	run -0 env PATH="$PATH_NO_WASM_OPT" "$CLANG" --target="$target" --sysroot="$SYSROOT" "$opt" \
		"$ROOT/examples/hello.c" -o "$BATS_TEST_TMPDIR/hello.wasm"
	run -0 "$RUN" "$BATS_TEST_TMPDIR/hello.wasm" one "two words"
	assert_output $'Hello from wasm64!\none\ntwo words'
}

@test "hello: --target=wasm64 -O0" { hello_case wasm64 -O0; }
@test "hello: --target=wasm64 -O2" { hello_case wasm64 -O2; }
@test "hello: --target=wasm64-unknown-unknown -O0" { hello_case wasm64-unknown-unknown -O0; }
@test "hello: --target=wasm64-unknown-unknown -O2" { hello_case wasm64-unknown-unknown -O2; }

@test "hello: -O2 link runs binaryen 132's wasm-opt from PATH and still works" {
	# clang runs the first wasm-opt on PATH after an optimised link; with
	# binaryen 132 first the link succeeds and the output still runs.
	run -0 env PATH="$NPM_BIN:$PATH" "$CLANG" --target=wasm64 --sysroot="$SYSROOT" -O2 \
		"$ROOT/examples/hello.c" -o "$BATS_TEST_TMPDIR/hello.wasm" -v
	assert_output --partial "$NPM_BIN/wasm-opt"
	run -0 "$RUN" "$BATS_TEST_TMPDIR/hello.wasm"
	assert_output "Hello from wasm64!"
}

@test "hello: compile with -c, then link" {
	cd "$BATS_TEST_TMPDIR"
	run -0 "$CLANG" --target=wasm64 --sysroot="$SYSROOT" -O1 -c "$ROOT/examples/hello.c" -o hello.o
	run -0 env PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm64 --sysroot="$SYSROOT" hello.o -o hello.wasm
	run -0 "$RUN" hello.wasm
	assert_output "Hello from wasm64!"
}

@test "hello: the module imports the wasm64 host ABI (i64 pointers)" {
	cc "$BATS_TEST_TMPDIR/hello.wasm" "$ROOT/examples/hello.c"
	run -0 "$NPM_BIN/wasm-objdump" -x "$BATS_TEST_TMPDIR/hello.wasm"
	assert_output --partial "memory[0] pages: initial="
	assert_output --regexp "i64"
	# fd_write(fd: i32, iovs: i64, iovs_len: i64, nwritten: i64) -> i32
	run -0 "$NPM_BIN/wasm2wat" --enable-all "$BATS_TEST_TMPDIR/hello.wasm"
	assert_output --partial '(import "wasi_snapshot_preview1" "fd_write"'
	assert_output --regexp '\(type \(;[0-9]+;\) \(func \(param i32 i64 i64 i64\) \(result i32\)\)\)'
	assert_output --regexp '\(memory \(;0;\) i64 [0-9]+\)'
}
