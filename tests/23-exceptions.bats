#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Exception handling in wasm64-run: the legacy encoding (try, catch,
# catch_all, delegate, rethrow; what clang emits by default), checked
# against V8 too; the standard one (try_table, throw_ref, exnref); uncaught
# exceptions; exceptions across the embedding API; invalid modules.

setup_file() {
	load helpers
	wat "$BATS_FILE_TMPDIR/legacy.wasm" "$ROOT/tests/data/eh-legacy.wat"
	"$NPM_BIN/wat2wasm" --enable-all --debug-names "$ROOT/tests/data/eh-legacy.wat" \
		-o "$BATS_FILE_TMPDIR/legacy-named.wasm"
	wat "$BATS_FILE_TMPDIR/standard.wasm" "$ROOT/tests/data/eh-standard.wat"
}

setup() {
	load helpers
}

# The legacy module's exports: "export [args] expected result".
LEGACY_CASES=(
	"catch_payload i32:42"
	"catch_order i32:205"
	"catch_all i32:7"
	"multi i64:40000000008"
	"no_throw i32:11"
	"nested_pass i32:16"
	"across_calls 10 i32:77"
	"across_calls 0 i32:77"
	"locals_kept i32:9"
	"local_zero i32:0"
	"rethrow i32:22"
	"rethrow_outer i32:14"
	"delegate i32:31"
	"delegate_skip i32:12"
	"delegate_caller i32:13"
	"throw_in_catch i32:42"
	"branch_out 1 i32:50"
	"branch_out 0 i32:60"
	"loop_sum 100 i32:4950"
	"stack_below i32:1003"
)

# check_cases RUNNER MODULE CASE...: RUNNER NAME MODULE ARGS... must print
# each case's result.
check_cases() {
	local runner=$1 module=$2 c got bad=0
	shift 2
	for c in "$@"; do
		read -ra w <<<"$c"
		local want=${w[-1]} name=${w[0]}
		got=$("$runner" "$name" "$module" "${w[@]:1:${#w[@]}-2}" 2>&1)
		if [ "$got" != "$want" ]; then
			echo "$name ${w[*]:1:${#w[@]}-2}: got '$got', expected '$want'"
			bad=1
		fi
	done
	return $bad
}

run_w64() {
	local name=$1 module=$2
	shift 2
	"$RUN" --invoke "$name" "$module" "$@"
}

run_v8() {
	local name=$1 module=$2
	shift 2
	node "$ROOT/tests/data/js/invoke.mjs" "$module" "$name" "$@"
}

@test "legacy encoding: try/catch/catch_all/delegate/rethrow give the expected results" {
	run -0 check_cases run_w64 "$BATS_FILE_TMPDIR/legacy.wasm" "${LEGACY_CASES[@]}"
}

@test "legacy encoding: V8 (Node) gives the same results" {
	native_pass_only "V8 is the reference, not the runtime under test"
	run -0 check_cases run_v8 "$BATS_FILE_TMPDIR/legacy.wasm" "${LEGACY_CASES[@]}"
	run -0 node "$ROOT/tests/data/js/invoke.mjs" "$BATS_FILE_TMPDIR/legacy.wasm" uncaught
	assert_output "exception"
	run -0 node "$ROOT/tests/data/js/invoke.mjs" "$BATS_FILE_TMPDIR/legacy.wasm" trap_not_caught
	assert_output "trap: unreachable"
}

@test "a trap is not an exception: catch_all does not catch it" {
	run -134 "$RUN" --invoke trap_not_caught "$BATS_FILE_TMPDIR/legacy.wasm"
	assert_line --index 0 "wasm64-run: trap: unreachable"
}

@test "uncaught exception: a trap naming the tag, with a backtrace, status 134" {
	run -134 "$RUN" --invoke uncaught "$BATS_FILE_TMPDIR/legacy-named.wasm"
	assert_output $'wasm64-run: trap: uncaught exception (tag f)\n  at throw_f (func 1)\n  at func 23'
	# Without a name section: the message alone.
	run -134 "$RUN" --invoke uncaught "$BATS_FILE_TMPDIR/legacy.wasm"
	assert_line --index 0 "wasm64-run: trap: uncaught exception"
}

@test "uncaught exception in _start: status 134, output before it kept" {
	cat >"$BATS_TEST_TMPDIR/start.wat" <<'WAT'
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i64 i64 i64) (result i32)))
  (memory (export "memory") i64 1)
  (data (i64.const 16) "\20\00\00\00\00\00\00\00\03\00\00\00\00\00\00\00hi\n")
  (tag $boom (param i32))
  (func (export "_start")
    (drop (call $w (i32.const 1) (i64.const 16) (i64.const 1) (i64.const 0)))
    (throw $boom (i32.const 1))))
WAT
	"$NPM_BIN/wat2wasm" --enable-all --debug-names "$BATS_TEST_TMPDIR/start.wat" -o "$BATS_TEST_TMPDIR/start.wasm"
	run -134 --separate-stderr "$RUN" "$BATS_TEST_TMPDIR/start.wasm"
	assert_output "hi"
	[ "${stderr_lines[0]}" = "wasm64-run: trap: uncaught exception (tag boom)" ]
}

@test "standard encoding: try_table, throw_ref, exnref in a 64-bit memory module" {
	run -0 check_cases run_w64 "$BATS_FILE_TMPDIR/standard.wasm" \
		"catch i32:42" "catch_ref i32:5" "catch_all i32:3" "catch_all_ref i32:4" \
		"rethrow_saved i64:1" "to_memory i64:4294971956" "catch_to_return i32:8" \
		"catch_to_loop i32:10" "innermost i32:101"
	run -134 "$RUN" --invoke null_throw_ref "$BATS_FILE_TMPDIR/standard.wasm"
	assert_line --index 0 "wasm64-run: trap: null exception reference"
	run -134 "$RUN" --invoke uncaught "$BATS_FILE_TMPDIR/standard.wasm"
	assert_line --index 0 "wasm64-run: trap: uncaught exception"
}

@test "embedding API: exceptions through host functions, thrown by the host, escaping to it" {
	local dir cflags=()
	dir="$(dirname "$(dirname "$RUN")")"
	in_native_pass || cflags=(-fsanitize=address,undefined -fno-omit-frame-pointer)
	"$NPM_BIN/wat2wasm" --enable-all --debug-names "$ROOT/tests/data/eh-embed.wat" \
		-o "$BATS_TEST_TMPDIR/embed.wasm"
	run -0 "$CLANG" -std=c11 -Wall -Wextra -Werror "${cflags[@]}" -I"$ROOT/engine/include" \
		-I"$ROOT/core/include" "$ROOT/tests/data/eh-embed.c" \
		"$dir/libw64engine.a" "$dir/libw64core.a" -lm -o "$BATS_TEST_TMPDIR/embed"
	run -0 "$BATS_TEST_TMPDIR/embed" "$BATS_TEST_TMPDIR/embed.wasm"
	assert_output "15 passed, 0 failed"
}

# invalid MESSAGE WAT: the module must be refused with MESSAGE at an offset.
invalid() {
	printf '%s\n' "$2" >"$BATS_TEST_TMPDIR/bad.wat"
	"$NPM_BIN/wat2wasm" --enable-all --no-check "$BATS_TEST_TMPDIR/bad.wat" -o "$BATS_TEST_TMPDIR/bad.wasm"
	run -1 "$RUN" "$BATS_TEST_TMPDIR/bad.wasm"
	assert_output --regexp "^wasm64-run: .*bad.wasm: offset 0x[0-9a-f]+: $1\$"
}

@test "invalid exception code is refused with a located reason" {
	invalid "invalid rethrow label: label 0 is not a catch block" \
		'(module (func (block (rethrow 0))))'
	invalid "catch after catch_all" \
		'(module (tag $e) (func (try (do) (catch_all) (catch $e))))'
	invalid "unknown tag 3" \
		'(module (func (throw 3)))'
	invalid "type mismatch: expected i32, but the operand stack is empty" \
		'(module (tag $e (param i32)) (func (throw $e)))'
	invalid "type mismatch: catch clause 0 passes 1 value\\(s\\) that label 0 does not take" \
		'(module (tag $e (param i32)) (func (block $h (try_table (catch $e $h)))))'
	invalid "type mismatch: expected exnref, got i32" \
		'(module (func (throw_ref (i32.const 0))))'
}

# invalid_body MESSAGE BYTES: a module of one function `[] -> []` whose
# body (after its local declarations) is BYTES (printf escapes).
invalid_body() {
	local body
	body=$(printf "$2" | od -An -v -tx1 | wc -w)
	printf '\0asm\1\0\0\0\1\4\1\x60\0\0\3\2\1\0\x0a' >"$BATS_TEST_TMPDIR/bad.wasm"
	printf "\\x$(printf %02x $((body + 3)))\\1\\x$(printf %02x $((body + 1)))\\0$2" \
		>>"$BATS_TEST_TMPDIR/bad.wasm"
	run -1 "$RUN" "$BATS_TEST_TMPDIR/bad.wasm"
	assert_output --regexp "^wasm64-run: .*bad.wasm: offset 0x[0-9a-f]+: $1\$"
}

@test "legacy structure: delegate and catch_all only after try" {
	# block, delegate 0, end
	invalid_body "delegate without a matching try" '\x02\x40\x18\0\x0b'
	# block, catch_all, end, end
	invalid_body "catch_all without a matching try" '\x02\x40\x19\x0b\x0b'
	# try, delegate 0 (the function's label), end: valid
	printf '\0asm\1\0\0\0\1\4\1\x60\0\0\3\2\1\0\x0a\x08\1\x06\0\x06\x40\x18\0\x0b' \
		>"$BATS_TEST_TMPDIR/ok.wasm"
	run -1 "$RUN" "$BATS_TEST_TMPDIR/ok.wasm"
	assert_output --partial "no _start function exported"
}

@test "malformed catch clause kind is refused with its offset" {
	# try_table with one clause of kind 4 (kinds are 0 to 3).
	printf '\0asm\1\0\0\0\1\4\1\x60\0\0\3\2\1\0\n\x0a\1\x08\0\x1f\x40\1\4\0\x0b\x0b' \
		>"$BATS_TEST_TMPDIR/bad.wasm"
	run -1 "$RUN" "$BATS_TEST_TMPDIR/bad.wasm"
	assert_output --regexp "offset 0x[0-9a-f]+: malformed catch clause 0x04$"
}

# types_module MESSAGE SECTION: a module of only a type section (printf
# escapes, after the section id) must be refused with MESSAGE at an offset;
# MESSAGE "" means it must be valid (and then is no command module).
types_module() {
	printf "\\0asm\\1\\0\\0\\0\\1$2" >"$BATS_TEST_TMPDIR/types.wasm"
	run -1 "$RUN" "$BATS_TEST_TMPDIR/types.wasm"
	if [ -z "$1" ]; then
		assert_output --partial "no _start function exported"
	else
		assert_output --regexp "^wasm64-run: .*types.wasm: offset 0x[0-9a-f]+: $1\$"
	fi
}

@test "type section: recursion groups and sub types of function types (tags link by them); struct and array refused" {
	# rec { func, func }: valid.
	types_module "" '\x09\1\x4e\2\x60\0\0\x60\0\0'
	# An empty rec group, then a function type: valid.
	types_module "" '\x06\2\x4e\0\x60\0\0'
	# sub final 0 (func (param i32)) below sub (func (param i32)): valid.
	types_module "" '\x0e\2\x50\0\x60\1\x7f\0\x4f\1\0\x60\1\x7f\0'
	types_module "sub type 1 of final type 0" '\x0a\2\x60\0\0\x50\1\0\x60\0\0'
	types_module "sub type 1 does not match its supertype 0" \
		'\x0e\2\x50\0\x60\1\x7f\0\x50\1\0\x60\1\x7e\0'
	types_module "type 1 declares 2 supertypes \\(at most one\\)" \
		'\x0d\2\x50\0\x60\0\0\x50\2\0\0\x60\0\0'
	types_module "unknown type: supertype 1 of type 0 is not an earlier type" '\x07\1\x50\1\1\x60\0\0'
	# rec { (func (param (ref 1))), func }: a reference inside the group is
	# valid; the same reference from a group of its own is not.
	types_module "" '\x0b\1\x4e\2\x60\1\x64\1\0\x60\0\0'
	types_module "unknown type: type 0 refers to type 1" '\x09\2\x60\1\x64\1\0\x60\0\0'
	types_module "GC struct types \\(0x5f\\) are not supported" '\x07\1\x4e\2\x60\0\0\x5f\0'
	types_module "GC array types \\(0x5e\\) are not supported" '\x04\1\x5e\x7f\0'
}
