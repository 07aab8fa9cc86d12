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
	# (`cut`, not `i`: bats-assert's functions assign a global `i`.)
	local size cut ends
	size=$(stat -c %s "$CLI_WASM")
	# A cut exactly where a section ends leaves a whole module, which may
	# be valid (e.g. without its data section): there wabt is the referee.
	ends=" $("$NPM_BIN/wasm-objdump" -h "$CLI_WASM" | sed -n 's/.* end=0x\([0-9a-f]*\) .*/\1/p' |
		while read -r e; do printf '%d ' "$((16#$e))"; done)"
	for ((cut = 0; cut < size; cut += 7)); do
		head -c "$cut" "$CLI_WASM" >"$BATS_TEST_TMPDIR/t.wasm"
		if [[ $ends == *" $cut "* ]] &&
			"$NPM_BIN/wasm-validate" --enable-all "$BATS_TEST_TMPDIR/t.wasm" 2>/dev/null; then
			run -0 "$RUN" --validate "$BATS_TEST_TMPDIR/t.wasm"
			continue
		fi
		run "$RUN" "$BATS_TEST_TMPDIR/t.wasm"
		[ "$status" -eq 1 ] || fail "prefix of $cut bytes: status $status: $output"
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

@test "locals start at zero even where the previous call left its frame dirty (only written-first locals skip zeroing)" {
	# dirty fills the frame slots a call from run gets; each probe then
	# reads locals through paths that may skip their writes.
	cat >"$BATS_TEST_TMPDIR/locals.wat" <<'WAT'
(module
  (func $dirty (local i64 i64 i64 i64 i64 i64)
    (local.set 0 (i64.const -1)) (local.set 1 (i64.const -1)) (local.set 2 (i64.const -1))
    (local.set 3 (i64.const -1)) (local.set 4 (i64.const -1)) (local.set 5 (i64.const -1)))
  ;; written on one path only
  (func $if_skip (param i32) (result i64) (local i64)
    (if (local.get 0) (then (local.set 1 (i64.const 7))))
    (local.get 1))
  ;; read before the write, in a loop
  (func $loop_read (result i64) (local i64 i64)
    (loop $l
      (local.set 1 (i64.add (local.get 1) (local.get 0)))
      (local.set 0 (i64.const 1))
      (br_if $l (i64.lt_u (local.get 1) (i64.const 3))))
    (local.get 1))
  ;; written first in straight-line code: no zeroing needed, still right
  (func $straight (result i64) (local i64 i64)
    (local.set 0 (i64.const 5))
    (block (local.set 1 (i64.add (local.get 0) (i64.const 1))))
    (i64.add (local.get 0) (local.get 1)))
  ;; a branch before the write: the write may be skipped
  (func $br_skip (param i32) (result i64) (local i64)
    (block $b (br_if $b (local.get 0)) (local.set 1 (i64.const 9)))
    (local.get 1))
  (func (export "if_skip") (result i64) (call $dirty) (call $if_skip (i32.const 0)))
  (func (export "loop_read") (result i64) (call $dirty) (call $loop_read))
  (func (export "straight") (result i64) (call $dirty) (call $straight))
  (func (export "br_skip") (result i64) (call $dirty) (call $br_skip (i32.const 1))))
WAT
	wat "$BATS_TEST_TMPDIR/locals.wasm" "$BATS_TEST_TMPDIR/locals.wat"
	run -0 "$RUN" --invoke if_skip "$BATS_TEST_TMPDIR/locals.wasm"
	assert_output "i64:0"
	run -0 "$RUN" --invoke loop_read "$BATS_TEST_TMPDIR/locals.wasm"
	assert_output "i64:3"
	run -0 "$RUN" --invoke straight "$BATS_TEST_TMPDIR/locals.wasm"
	assert_output "i64:11"
	run -0 "$RUN" --invoke br_skip "$BATS_TEST_TMPDIR/locals.wasm"
	assert_output "i64:0"
}

@test "i32.eqz of a comparison or of an eqz, as a value and as a branch condition (the interpreter inverts the comparison)" {
	cat >"$BATS_TEST_TMPDIR/eqz.wat" <<'WAT'
(module
  ;; value: !(a < b) signed, !(x == 0) for i64 and i32, !(a >u imm)
  (func (export "not_lt") (param i32 i32) (result i32)
    (i32.eqz (i32.lt_s (local.get 0) (local.get 1))))
  (func (export "nez64") (param i64) (result i32) (i32.eqz (i64.eqz (local.get 0))))
  (func (export "nez32") (param i32) (result i32) (i32.eqz (i32.eqz (local.get 0))))
  (func (export "not_gtu_imm") (param i64) (result i32)
    (i32.eqz (i64.gt_u (local.get 0) (i64.const 10))))
  ;; branch: count down an i64 while it is not zero (i64.eqz, i32.eqz, br_if)
  (func (export "countdown") (param i64) (result i64) (local i64)
    (block $done
      (br_if $done (i64.eqz (local.get 0)))
      (loop $l
        (local.set 1 (i64.add (local.get 1) (i64.const 1)))
        (local.set 0 (i64.sub (local.get 0) (i64.const 1)))
        (br_if $l (i32.eqz (i64.eqz (local.get 0))))))
    (local.get 1))
  ;; if on an inverted comparison, and the comparison's value reused
  (func (export "if_not_ge") (param i32 i32) (result i32)
    (if (result i32) (i32.eqz (i32.ge_u (local.get 0) (local.get 1)))
      (then (i32.const 100)) (else (i32.const 200)))))
WAT
	wat "$BATS_TEST_TMPDIR/eqz.wasm" "$BATS_TEST_TMPDIR/eqz.wat"
	local m="$BATS_TEST_TMPDIR/eqz.wasm"
	run -0 "$RUN" --invoke not_lt "$m" 1 2; assert_output "i32:0"
	run -0 "$RUN" --invoke not_lt "$m" 2 2; assert_output "i32:1"
	run -0 "$RUN" --invoke not_lt "$m" -5 2; assert_output "i32:0"
	run -0 "$RUN" --invoke nez64 "$m" 0; assert_output "i32:0"
	run -0 "$RUN" --invoke nez64 "$m" 0x100000000; assert_output "i32:1"
	run -0 "$RUN" --invoke nez32 "$m" 0; assert_output "i32:0"
	run -0 "$RUN" --invoke nez32 "$m" 7; assert_output "i32:1"
	run -0 "$RUN" --invoke not_gtu_imm "$m" 10; assert_output "i32:1"
	run -0 "$RUN" --invoke not_gtu_imm "$m" 11; assert_output "i32:0"
	run -0 "$RUN" --invoke not_gtu_imm "$m" -1; assert_output "i32:0"
	run -0 "$RUN" --invoke countdown "$m" 0; assert_output "i64:0"
	run -0 "$RUN" --invoke countdown "$m" 5; assert_output "i64:5"
	run -0 "$RUN" --invoke if_not_ge "$m" 1 2; assert_output "i32:100"
	run -0 "$RUN" --invoke if_not_ge "$m" 2 2; assert_output "i32:200"
}

@test "br_table on i32.wrap_i64: the index is the low 32 bits (the wrap is folded into the table), also when the wrapped value is kept" {
	cat >"$BATS_TEST_TMPDIR/wrap.wat" <<'WAT'
(module
  (func (export "pick") (param i64) (result i32)
    (block $c (block $b (block $a
      (br_table $a $b $c (i32.wrap_i64 (local.get 0))))
      (return (i32.const 10)))
      (return (i32.const 11)))
    (i32.const 12))
  ;; the wrapped value is also read after the branch: no folding may lose it
  (func (export "pick_kept") (param i64) (result i32) (local i32)
    (block $b (block $a
      (br_table $a $b (local.tee 1 (i32.wrap_i64 (local.get 0)))))
      (return (i32.add (local.get 1) (i32.const 100))))
    (i32.add (local.get 1) (i32.const 200))))
WAT
	wat "$BATS_TEST_TMPDIR/wrap.wasm" "$BATS_TEST_TMPDIR/wrap.wat"
	local m="$BATS_TEST_TMPDIR/wrap.wasm"
	run -0 "$RUN" --invoke pick "$m" 0; assert_output "i32:10"
	run -0 "$RUN" --invoke pick "$m" 1; assert_output "i32:11"
	run -0 "$RUN" --invoke pick "$m" 0x100000001; assert_output "i32:11"
	run -0 "$RUN" --invoke pick "$m" 0x7fffffff00000000; assert_output "i32:10"
	run -0 "$RUN" --invoke pick "$m" 0xffffffff; assert_output "i32:12"
	run -0 "$RUN" --invoke pick "$m" 2; assert_output "i32:12"
	run -0 "$RUN" --invoke pick_kept "$m" 0x200000000; assert_output "i32:100"
	run -0 "$RUN" --invoke pick_kept "$m" 0x200000005; assert_output "i32:205"
}

@test "a load or store at an address an add computed wraps as the add does (64- and 32-bit memories, register and constant addends)" {
	cat >"$BATS_TEST_TMPDIR/addsum64.wat" <<'WAT'
(module
  (memory i64 1)
  (data (i64.const 16) "\01\02\03\04\05\06\07\08")
  ;; base + index: the sum wraps past 2^64 to a valid address
  (func (export "load_sum") (param i64 i64) (result i32)
    (i32.load offset=4 (i64.add (local.get 0) (local.get 1))))
  ;; base + constant, the constant negative (p[-1])
  (func (export "load_minus8") (param i64) (result i64)
    (i64.load (i64.add (local.get 0) (i64.const -8))))
  ;; a store to base + index, then a load back
  (func (export "store_sum") (param i64 i64 i32) (result i32)
    (i32.store8 (i64.add (local.get 0) (local.get 1)) (local.get 2))
    (i32.load8_u (i64.add (local.get 0) (local.get 1)))))
WAT
	cat >"$BATS_TEST_TMPDIR/addsum32.wat" <<'WAT'
(module
  (memory 1)
  (data (i32.const 16) "\01\02\03\04\05\06\07\08")
  (func (export "load_sum") (param i32 i32) (result i32)
    (i32.load offset=4 (i32.add (local.get 0) (local.get 1))))
  (func (export "load_minus8") (param i32) (result i64)
    (i64.load (i32.add (local.get 0) (i32.const -8)))))
WAT
	wat "$BATS_TEST_TMPDIR/addsum64.wasm" "$BATS_TEST_TMPDIR/addsum64.wat"
	wat "$BATS_TEST_TMPDIR/addsum32.wasm" "$BATS_TEST_TMPDIR/addsum32.wat"
	local m="$BATS_TEST_TMPDIR/addsum64.wasm" n="$BATS_TEST_TMPDIR/addsum32.wasm"
	run -0 "$RUN" --invoke load_sum "$m" 12 0; assert_output "i32:67305985"
	run -0 "$RUN" --invoke load_sum "$m" -4 16; assert_output "i32:67305985"
	run -134 "$RUN" --invoke load_sum "$m" 65532 0
	assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
	run -0 "$RUN" --invoke load_minus8 "$m" 24; assert_output "i64:578437695752307201"
	run -0 "$RUN" --invoke load_minus8 "$m" 8; assert_output "i64:0"
	run -134 "$RUN" --invoke load_minus8 "$m" 4
	assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
	run -0 "$RUN" --invoke store_sum "$m" -1 101 200; assert_output "i32:200"
	run -0 "$RUN" --invoke load_sum "$n" 12 0; assert_output "i32:67305985"
	run -0 "$RUN" --invoke load_sum "$n" 0xfffffffc 16; assert_output "i32:67305985"
	run -0 "$RUN" --invoke load_minus8 "$n" 24; assert_output "i64:578437695752307201"
	run -134 "$RUN" --invoke load_minus8 "$n" 4
	assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
}

@test "--invoke calls any export with typed arguments and prints typed results" {
	cat >"$BATS_TEST_TMPDIR/inv.wat" <<'WAT'
(module
  (func (export "echo") (param i32 i64 f32 f64) (result i32 i64 f32 f64)
    local.get 0 local.get 1 local.get 2 local.get 3)
  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1))))
WAT
	wat "$BATS_TEST_TMPDIR/inv.wasm" "$BATS_TEST_TMPDIR/inv.wat"
	run -0 "$RUN" --invoke echo "$BATS_TEST_TMPDIR/inv.wasm" -1 0x10 1.5 -inf
	assert_output $'i32:4294967295\ni64:16\nf32:1.5 (0x3fc00000)\nf64:-inf (0xfff0000000000000)'
	run -0 "$RUN" --invoke div "$BATS_TEST_TMPDIR/inv.wasm" 7 -2
	assert_output "i32:4294967293"
	run -134 "$RUN" --invoke div "$BATS_TEST_TMPDIR/inv.wasm" 1 0
	assert_line --index 0 "wasm64-run: trap: integer divide by zero"
	run -2 "$RUN" --invoke div "$BATS_TEST_TMPDIR/inv.wasm" 1
	assert_output "wasm64-run: --invoke div: takes 2 arguments, 1 given"
	run -2 "$RUN" --invoke div "$BATS_TEST_TMPDIR/inv.wasm" 1 4294967296
	assert_output "wasm64-run: --invoke div: argument 2 (4294967296): not a i32"
	run -1 "$RUN" --invoke nope "$BATS_TEST_TMPDIR/inv.wasm"
	assert_output "wasm64-run: --invoke nope: no function export of that name"
}

@test "--fuel and --timeout stop a module that never ends" {
	cat >"$BATS_TEST_TMPDIR/spin.wat" <<'WAT'
(module
  (func $f (call $f))
  (func (export "loop") (loop $l (br $l)))
  (func (export "recurse") (call $f)))
WAT
	wat "$BATS_TEST_TMPDIR/spin.wasm" "$BATS_TEST_TMPDIR/spin.wat"
	run -134 "$RUN" --fuel 1M --invoke loop "$BATS_TEST_TMPDIR/spin.wasm"
	assert_line --index 0 "wasm64-run: trap: fuel exhausted"
	run -134 "$RUN" --timeout 0.2 --invoke loop "$BATS_TEST_TMPDIR/spin.wasm"
	assert_line --index 0 "wasm64-run: trap: timeout"
	run -134 "$RUN" --fuel 10M --invoke recurse "$BATS_TEST_TMPDIR/spin.wasm"
	assert_line --index 0 "wasm64-run: trap: call stack exhausted"
	run -2 "$RUN" --fuel 0 --invoke loop "$BATS_TEST_TMPDIR/spin.wasm"
	assert_output --partial "--fuel 0: expected a positive count"
	run -2 "$RUN" --timeout soon --invoke loop "$BATS_TEST_TMPDIR/spin.wasm"
	assert_output --partial "--timeout soon: expected a number of seconds"
}
