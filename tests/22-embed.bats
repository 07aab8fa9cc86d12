#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The embedding API (engine/include/w64/runtime.h) and its example.

setup() {
	load helpers
}

@test "examples/embed: host function import, exported call, result" {
	wat "$BATS_TEST_TMPDIR/sum.wasm" "$ROOT/examples/embed/sum.wat"
	run -0 "$CLANG" -std=c11 -Wall -Wextra -Werror -I"$ROOT/engine/include" -I"$ROOT/core/include" \
		"$ROOT/examples/embed/embed.c" "$ROOT/build/native/libw64run.a" -lm -o "$BATS_TEST_TMPDIR/embed"
	run -0 "$BATS_TEST_TMPDIR/embed" "$BATS_TEST_TMPDIR/sum.wasm" 3
	assert_output $'partial sum: 0\npartial sum: 1\npartial sum: 3\npartial sum: 6\nsum = 6'
}

@test "examples/embed: an unresolvable import is reported, not a crash" {
	cat >"$BATS_TEST_TMPDIR/other.wat" <<'WAT'
(module (import "env" "missing" (func)) (func (export "sum") (param i64) (result i64) (local.get 0)))
WAT
	wat "$BATS_TEST_TMPDIR/other.wasm" "$BATS_TEST_TMPDIR/other.wat"
	"$CLANG" -std=c11 -I"$ROOT/engine/include" -I"$ROOT/core/include" \
		"$ROOT/examples/embed/embed.c" "$ROOT/build/native/libw64run.a" -lm -o "$BATS_TEST_TMPDIR/embed"
	run -1 "$BATS_TEST_TMPDIR/embed" "$BATS_TEST_TMPDIR/other.wasm" 3
	assert_output "instantiate: unknown import env.missing"
}
