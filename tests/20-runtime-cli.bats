#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# wasm64-run's command line: arguments, exit status, traps, bad input.

setup_file() {
	load helpers
	export CLI_WASM="$BATS_FILE_TMPDIR/cli.wasm"
	cc "$CLI_WASM" "$ROOT/tests/data/cli.c" -O2
}

setup() {
	load helpers
}

@test "argv reaches main, argv[0] is the module path" {
	run -0 "$RUN" "$CLI_WASM" args "with space" "" 'ünïcödé'
	assert_output "$CLI_WASM"$'\nargs\nwith space\n\nünïcödé'
}

@test "exit status is main's return value" {
	run -0 "$RUN" "$CLI_WASM" return 0
	run -3 "$RUN" "$CLI_WASM" return 3
	run -255 "$RUN" "$CLI_WASM" return 255
}

@test "exit status comes from exit(), modulo 256" {
	run -42 "$RUN" "$CLI_WASM" exit 42
	run -1 "$RUN" "$CLI_WASM" exit 257
	run -255 "$RUN" "$CLI_WASM" exit -1
}

@test "trap: integer divide by zero, with a backtrace" {
	run -134 "$RUN" "$CLI_WASM" div
	assert_line --index 0 "wasm64-run: trap: integer divide by zero"
	assert_line --index 1 --regexp "^  at main \(func [0-9]+\)$"
	assert_output --partial "at _start"
}

@test "trap: out of bounds memory access" {
	run -134 "$RUN" "$CLI_WASM" oob
	assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
}

@test "trap: abort() is unreachable" {
	run -134 "$RUN" "$CLI_WASM" abort
	assert_line --index 0 "wasm64-run: trap: unreachable"
	assert_output --partial "at abort"
}

@test "trap: unreachable names every frame" {
	wat "$BATS_TEST_TMPDIR/u.wasm" "$ROOT/tests/data/unreachable.wat"
	run -134 "$RUN" "$BATS_TEST_TMPDIR/u.wasm"
	assert_output $'wasm64-run: trap: unreachable\n  at func 0\n  at func 1\n  at func 2'
}

@test "trap: unbounded recursion is call stack exhausted, not a crash" {
	wat "$BATS_TEST_TMPDIR/r.wasm" "$ROOT/tests/data/recurse.wat"
	run -134 "$RUN" "$BATS_TEST_TMPDIR/r.wasm"
	assert_line --index 0 "wasm64-run: trap: call stack exhausted"
	assert_output --partial "  ..."
}

@test "missing module file: clear error, exit 1" {
	run -1 "$RUN" "$BATS_TEST_TMPDIR/nope.wasm"
	assert_output "wasm64-run: $BATS_TEST_TMPDIR/nope.wasm: No such file or directory"
}

@test "not a wasm file: error at offset 0, exit 1" {
	printf 'hello world' >"$BATS_TEST_TMPDIR/x.wasm"
	run -1 "$RUN" "$BATS_TEST_TMPDIR/x.wasm"
	assert_output "wasm64-run: $BATS_TEST_TMPDIR/x.wasm: offset 0x0: magic header not detected: not a WebAssembly module"
}

@test "empty file: clear error, exit 1" {
	: >"$BATS_TEST_TMPDIR/e.wasm"
	run -1 "$RUN" "$BATS_TEST_TMPDIR/e.wasm"
	assert_output --partial "offset 0x0: unexpected end"
}

@test "truncated module: error names the offset, exit 1" {
	head -c 100 "$CLI_WASM" >"$BATS_TEST_TMPDIR/t.wasm"
	run -1 "$RUN" "$BATS_TEST_TMPDIR/t.wasm"
	assert_output --regexp "^wasm64-run: .*/t.wasm: offset 0x[0-9a-f]+: .*(length out of bounds|unexpected end)"
}

@test "every truncation of a real module is rejected cleanly" {
	local size i ends
	size=$(stat -c %s "$CLI_WASM")
	# A prefix that ends exactly where a section ends is a whole module,
	# and may be a valid one (e.g. without its data section): there the
	# runtime must agree with wasm-validate instead.
	ends=" $("$NPM_BIN/wasm-objdump" -h "$CLI_WASM" | sed -n 's/.* end=0x\([0-9a-f]*\) .*/\1/p' |
		while read -r e; do printf '%d ' "$((16#$e))"; done)"
	for ((i = 0; i < size; i += 7)); do
		head -c "$i" "$CLI_WASM" >"$BATS_TEST_TMPDIR/t.wasm"
		run "$RUN" "$BATS_TEST_TMPDIR/t.wasm"
		if [[ $ends == *" $i "* ]] && "$NPM_BIN/wasm-validate" --enable-all "$BATS_TEST_TMPDIR/t.wasm" 2>/dev/null; then
			[ "$status" -ne 1 ] || fail "prefix of $i bytes is a valid module, yet: $output"
			continue
		fi
		[ "$status" -eq 1 ] || fail "prefix of $i bytes: status $status: $output"
		assert_output --regexp "offset 0x[0-9a-f]+: "
	done
}

@test "invalid module (type error): offset and reason, exit 1" {
	"$NPM_BIN/wat2wasm" --no-check "$ROOT/tests/data/bad-type.wat" -o "$BATS_TEST_TMPDIR/b.wasm"
	run -1 "$RUN" "$BATS_TEST_TMPDIR/b.wasm"
	assert_output --regexp "offset 0x[0-9a-f]+: type mismatch: expected i32, got i64"
}

@test "--help describes usage; bad options exit 2" {
	run -0 "$RUN" --help
	assert_line --index 0 "usage: wasm64-run [OPTIONS] MODULE.wasm [ARGS...]"
	run -2 "$RUN" --bogus
	assert_line --index 0 "wasm64-run: unknown option --bogus"
	run -2 "$RUN"
	assert_line --index 0 "wasm64-run: no module given"
}
