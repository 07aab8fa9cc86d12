#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# wasm64-rewrite: its command line, bad input, what it copies and drops,
# and real programs that must behave the same after conversion.  (The spec
# suite under conversion runs from tests/run: tests/spec/run --rewrite.)

setup_file() {
	load helpers
	export REWRITE="$(dirname "$RUN")/wasm64-rewrite"
	# wasm64 programs from the sysroot, and the freestanding wasm32 WASI
	# program of tests/40-wasi.bats.
	export CLI64="$BATS_FILE_TMPDIR/cli64.wasm" FS32="$BATS_FILE_TMPDIR/fs32.wasm"
	cc "$CLI64" "$ROOT/tests/data/cli.c" -O2
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32-wasip1 -ffreestanding -nostdlib -O2 \
		"$ROOT/tests/data/wasi/fs.c" "$ROOT/tests/data/wasi/start32.c" -o "$FS32"
}

setup() {
	load helpers
	T="$BATS_TEST_TMPDIR"
}

# valid FILE: both our validator and wabt's accept FILE.
valid() {
	run -0 "$RUN" --validate "$1"
	run -0 "$NPM_BIN/wasm-validate" --enable-all "$1"
}

@test "usage: --help, and clear usage errors (exit 2)" {
	run -0 "$REWRITE" --help
	assert_line --index 0 "usage: wasm64-rewrite (--to64 | --to32) [OPTIONS] IN.wasm -o OUT.wasm"
	run -2 "$REWRITE" "$CLI64" -o "$T/x.wasm"
	assert_line --index 0 "wasm64-rewrite: say --to64 or --to32"
	run -2 "$REWRITE" --to64 --to32 "$CLI64" -o "$T/x.wasm"
	assert_line --index 0 "wasm64-rewrite: --to64 and --to32 exclude each other"
	run -2 "$REWRITE" --to64 "$CLI64"
	assert_line --index 0 "wasm64-rewrite: no output: give -o OUT.wasm"
	run -2 "$REWRITE" --to32 --base 65536 "$CLI64" -o "$T/x.wasm"
	assert_line --index 0 "wasm64-rewrite: --base and --table64 go with --to64"
	run -2 "$REWRITE" --to64 --base lots "$CLI64" -o "$T/x.wasm"
	assert_line --index 0 "wasm64-rewrite: --base lots: expected a byte offset such as 0x100000000"
	[ ! -e "$T/x.wasm" ]
}

@test "bad input: located error, exit 1, no output, input untouched" {
	head -c 200 "$CLI64" >"$T/cut.wasm"
	local before
	before=$(sha256sum <"$T/cut.wasm")
	run -1 "$REWRITE" --to32 "$T/cut.wasm" -o "$T/out.wasm"
	assert_output --regexp "^wasm64-rewrite: $T/cut.wasm: offset 0x[0-9a-f]+: "
	[ ! -e "$T/out.wasm" ]
	[ "$(sha256sum <"$T/cut.wasm")" = "$before" ]
	[ -z "$(ls "$T" | grep -v cut.wasm)" ] || fail "left behind: $(ls "$T")"

	printf 'not wasm' >"$T/junk.wasm"
	run -1 "$REWRITE" --to64 "$T/junk.wasm" -o "$T/out.wasm"
	assert_output "wasm64-rewrite: $T/junk.wasm: offset 0x0: magic header not detected: not a WebAssembly module"
	run -1 "$REWRITE" --to64 "$T/missing.wasm" -o "$T/out.wasm"
	assert_output "wasm64-rewrite: $T/missing.wasm: No such file or directory"
	[ ! -e "$T/out.wasm" ]
}

@test "an invalid module is refused, with the validator's reason" {
	"$NPM_BIN/wat2wasm" --no-check "$ROOT/tests/data/bad-type.wat" -o "$T/bad.wasm"
	run -1 "$REWRITE" --to64 "$T/bad.wasm" -o "$T/out.wasm"
	assert_output --regexp "offset 0x[0-9a-f]+: type mismatch: expected i32, got i64$"
	[ ! -e "$T/out.wasm" ]
}

@test "the output never replaces the input" {
	cp "$CLI64" "$T/a.wasm"
	run -1 "$REWRITE" --to32 "$T/a.wasm" -o "$T/a.wasm"
	assert_output "wasm64-rewrite: $T/a.wasm: the output would overwrite the input"
	cmp "$CLI64" "$T/a.wasm"
}

@test "what cannot be converted is refused with the reason and its offset" {
	cat >"$T/g.wat" <<'WAT'
(module (import "env" "base" (global i32)) (memory 1) (data (global.get 0) "x"))
WAT
	wat "$T/g.wasm" "$T/g.wat"
	run -1 "$REWRITE" --to64 "$T/g.wasm" -o "$T/out.wasm"
	assert_output --regexp "offset 0x[0-9a-f]+: cannot convert a segment offset computed by global.get"
	cat >"$T/far.wat" <<'WAT'
(module (memory i64 1) (func (param i64) (result i32) (i32.load offset=0x100000000 (local.get 0))))
WAT
	wat "$T/far.wasm" "$T/far.wat"
	run -1 "$REWRITE" --to32 "$T/far.wasm" -o "$T/out.wasm"
	assert_output --regexp "offset 0x[0-9a-f]+: i32.load offset 0x100000000 does not fit a 32-bit memory$"
	run -1 "$REWRITE" --to64 --base 1000 "$T/g.wasm" -o "$T/out.wasm"
	assert_output --partial "--base 0x3e8 is not a multiple of the 64 KiB page size"
	[ ! -e "$T/out.wasm" ]
}

@test "--to32 wraps addresses at 4 GiB and above; --saturate keeps them out of bounds; tables always saturate" {
	cat >"$T/high.wat" <<-'EOF'
		(module
		  (memory i64 1 1)
		  (data (i64.const 0) "\2a")
		  (table i64 2 funcref)
		  (elem (i64.const 0) func $f $f)
		  (func $f (result i32) (i32.const 9))
		  (func (export "load_high") (result i32) (i32.load8_u (i64.const 0x100000000)))
		  (func (export "fill_high") (memory.fill (i64.const 0) (i32.const 1) (i64.const 0x100000001)))
		  (func (export "copy_high") (memory.copy (i64.const 0x100000000) (i64.const 0) (i64.const 0)))
		  (func (export "call_high") (result i32)
		    (call_indirect (result i32) (i64.const 0x100000001))))
	EOF
	wat "$T/high.wasm" "$T/high.wat"
	run -0 "$REWRITE" --to32 --check "$T/high.wasm" -o "$T/wrap.wasm"
	run -0 "$REWRITE" --to32 --saturate --check "$T/high.wasm" -o "$T/sat.wasm"
	local f
	for f in load_high fill_high copy_high call_high; do
		run -134 "$RUN" --invoke "$f" "$T/high.wasm"
		assert_output --regexp 'trap: (out of bounds|undefined element)'
		run -134 "$RUN" --invoke "$f" "$T/sat.wasm"
		assert_output --regexp 'trap: (out of bounds|undefined element)'
	done
	# Wrapped (documented): the high addresses land at 0 and 1.
	run -0 "$RUN" --invoke load_high "$T/wrap.wasm"
	assert_output 'i32:42'
	run -0 "$RUN" --invoke fill_high "$T/wrap.wasm"
	run -0 "$RUN" --invoke copy_high "$T/wrap.wasm"
	# Table indices saturate with or without --saturate.
	run -134 "$RUN" --invoke call_high "$T/wrap.wasm"
	assert_output --partial 'undefined element'
	run -2 "$REWRITE" --to64 --saturate "$T/high.wasm" -o "$T/x.wasm"
	assert_line --index 0 'wasm64-rewrite: --tables-only and --saturate go with --to32'
}

@test "--to32 then --to64: types change and the output validates (ours and wabt)" {
	run -0 "$REWRITE" --to32 "$CLI64" -o "$T/c32.wasm"
	valid "$T/c32.wasm"
	run -0 "$NPM_BIN/wasm-objdump" -x "$T/c32.wasm"
	assert_line --regexp '^ - memory\[0\] pages: initial=[0-9]+( max=[0-9]+)?$'
	run -0 "$REWRITE" --to64 --table64 "$T/c32.wasm" -o "$T/c64.wasm"
	valid "$T/c64.wasm"
	run -0 "$NPM_BIN/wasm-objdump" -x "$T/c64.wasm"
	assert_line --regexp '^ - memory\[0\] pages: initial=[0-9]+ max=65536 i64$'
}

@test "custom sections are copied byte for byte; DWARF is dropped with a warning" {
	cc "$T/g.wasm" "$ROOT/tests/data/cli.c" -g -O1
	run -0 "$NPM_BIN/wasm-objdump" -h "$T/g.wasm"
	assert_output --partial '".debug_info"'
	run -0 "$REWRITE" --to32 "$T/g.wasm" -o "$T/g32.wasm"
	assert_output --regexp "warning: offset 0x[0-9a-f]+: DWARF sections \(.debug_\*\) dropped"
	run -0 "$NPM_BIN/wasm-objdump" -h "$T/g32.wasm"
	refute_output --partial ".debug_"
	# The name and producers sections are the same bytes.
	for sec in name producers; do
		"$NPM_BIN/wasm-objdump" -s -j "$sec" "$T/g.wasm" | tail -n +4 >"$T/a.txt"
		"$NPM_BIN/wasm-objdump" -s -j "$sec" "$T/g32.wasm" | tail -n +4 >"$T/b.txt"
		[ -s "$T/a.txt" ] || fail "no $sec section to compare"
		diff <(cut -c 10- "$T/a.txt") <(cut -c 10- "$T/b.txt")
	done
}

# same_run ARGS...: a/prog.wasm and b/prog.wasm (original and converted,
# run under the same name) print the same bytes and exit the same.
same_run() {
	local a b
	cd "$T/a" && run "$RUN" prog.wasm "$@"
	a="$status:$output"
	cd "$T/b" && run "$RUN" prog.wasm "$@"
	b="$status:$output"
	[ "$a" = "$b" ] || fail "original: $a"$'\n'"converted: $b"
}

@test "wasm64 programs run the same after --to32 (and after a round trip)" {
	mkdir -p "$T/a" "$T/b"
	cp "$CLI64" "$T/a/prog.wasm"
	run -0 "$REWRITE" --to32 "$T/a/prog.wasm" -o "$T/b/prog.wasm"
	for args in "args one two" "return 7" "exit 42" "div" "oob" "abort"; do
		# shellcheck disable=SC2086
		same_run $args
	done
	run -0 "$REWRITE" --to64 --table64 "$T/b/prog.wasm" -o "$T/rt.wasm"
	mv "$T/rt.wasm" "$T/b/prog.wasm"
	same_run args round trip
	same_run exit 3
}

@test "a wasm32 WASI program runs the same after --to64 (files, dirs, environ, EFAULT)" {
	cp "$FS32" "$T/fs.wasm"
	run -0 "$REWRITE" --to64 --table64 --check "$T/fs.wasm" -o "$T/fs.conv.wasm"
	valid "$T/fs.conv.wasm"
	for scenario in files dirs readdir fdtable iovecs efault; do
		rm -rf "$T/box" && mkdir -p "$T/box"
		run "$RUN" --dir "$T/box" "$T/fs.wasm" "$scenario"
		local a="$status:$output"
		rm -rf "$T/box" && mkdir -p "$T/box"
		run "$RUN" --dir "$T/box" "$T/fs.conv.wasm" "$scenario"
		[ "$a" = "$status:$output" ] || fail "$scenario: original $a, converted $status:$output"
	done
	run "$RUN" --env A=1 --env B=two "$T/fs.conv.wasm" environ
	assert_success
	assert_output --partial "A=1"
}

@test "--base puts a module's memory above 4 GiB; it still runs, and counts its pages from there" {
	cat >"$T/b.wat" <<'WAT'
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "\2a\00\00\00")
  (func (export "_start")
    (if (i32.ne (i32.load (i32.const 16)) (i32.const 42)) (then (call $exit (i32.const 3))))
    (if (i32.ne (memory.size) (i32.const 1)) (then (call $exit (i32.const 4))))
    (if (i32.ne (memory.grow (i32.const 2)) (i32.const 1)) (then (call $exit (i32.const 5))))
    (i32.store (i32.const 0x2fffc) (i32.const 7))
    (memory.fill (i32.const 0x10000) (i32.const 1) (i32.const 0x1fffc))
    (if (i32.ne (i32.load (i32.const 0x2fffc)) (i32.const 7)) (then (call $exit (i32.const 6))))
    (if (i32.ne (i32.load8_u (i32.const 0x2fffb)) (i32.const 1)) (then (call $exit (i32.const 7))))
    (call $exit (i32.const 0))))
WAT
	wat "$T/b.wasm" "$T/b.wat"
	run -0 "$REWRITE" --to64 --base 0x100000000 --check "$T/b.wasm" -o "$T/b64.wasm"
	run -0 "$NPM_BIN/wasm-objdump" -x "$T/b64.wasm"
	assert_output --partial "memory[0] pages: initial=65537 max=131072 i64"
	assert_output --partial "init i64=4294967312"
	run -0 "$RUN" "$T/b64.wasm"
	# The pages below the base count against --max-memory.
	run -1 "$RUN" --max-memory 4G "$T/b64.wasm"
	assert_output --partial "exceeds the limit"
}

@test "a wasm64 program lowered with --to32 runs the same under node, with no flag and no lowering" {
	mkdir -p "$T/a" "$T/b"
	cp "$CLI64" "$T/a/prog.wasm"
	run -0 "$REWRITE" --to32 "$T/a/prog.wasm" -o "$T/b/prog.wasm"
	cd "$T/b"
	run -0 node "$ROOT/runtime/js/run.mjs" --verbose prog.wasm
	refute_output --partial "lowered"
	refute_output --partial "memory64"
	# Same stdout and status (trap messages are each engine's own words).
	for args in "args one two" "return 7" "exit 42" "div"; do
		cd "$T/a"
		# shellcheck disable=SC2086
		run --separate-stderr "$RUN" prog.wasm $args
		local want="$status:$output"
		cd "$T/b"
		# shellcheck disable=SC2086
		run --separate-stderr node "$ROOT/runtime/js/run.mjs" prog.wasm $args
		[ "$want" = "$status:$output" ] || fail "$args: wasm64-run $want, node $status:$output"
	done
}
