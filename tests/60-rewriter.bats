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
	# --wasi64: the iovec chunking program (freestanding), and wasm32
	# programs built with our libc for wasm32 (make sysroot32).
	export CHUNKS32="$BATS_FILE_TMPDIR/chunks32.wasm" P32="$BATS_FILE_TMPDIR/p32"
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32-wasip1 -ffreestanding -nostdlib -O2 \
		-I"$ROOT/tests/data/wasi" "$ROOT/tests/data/wasi64/chunks.c" \
		"$ROOT/tests/data/wasi/start32.c" -o "$CHUNKS32"
	if [ -f "$ROOT/sysroot32/lib/libc.a" ]; then
		mkdir -p "$P32"
		local p
		for p in examples/hello.c examples/wordfreq.c tests/data/wasi64/files.c; do
			PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32 --sysroot="$ROOT/sysroot32" -O2 \
				"$ROOT/$p" -o "$P32/$(basename "$p" .c).wasm"
		done
	fi
}

# Every WASI preview 1 function's wasm64 signature (docs/host-abi.md), as
# wasm-objdump prints it.
declare -gA WASM64_SIGS=(
	[args_get]="(i64, i64) -> i32" [args_sizes_get]="(i64, i64) -> i32"
	[environ_get]="(i64, i64) -> i32" [environ_sizes_get]="(i64, i64) -> i32"
	[clock_res_get]="(i32, i64) -> i32" [clock_time_get]="(i32, i64, i64) -> i32"
	[fd_advise]="(i32, i64, i64, i32) -> i32" [fd_allocate]="(i32, i64, i64) -> i32"
	[fd_close]="(i32) -> i32" [fd_datasync]="(i32) -> i32" [fd_fdstat_get]="(i32, i64) -> i32"
	[fd_fdstat_set_flags]="(i32, i32) -> i32" [fd_fdstat_set_rights]="(i32, i64, i64) -> i32"
	[fd_filestat_get]="(i32, i64) -> i32" [fd_filestat_set_size]="(i32, i64) -> i32"
	[fd_filestat_set_times]="(i32, i64, i64, i32) -> i32"
	[fd_pread]="(i32, i64, i64, i64, i64) -> i32" [fd_prestat_get]="(i32, i64) -> i32"
	[fd_prestat_dir_name]="(i32, i64, i64) -> i32" [fd_pwrite]="(i32, i64, i64, i64, i64) -> i32"
	[fd_read]="(i32, i64, i64, i64) -> i32" [fd_readdir]="(i32, i64, i64, i64, i64) -> i32"
	[fd_renumber]="(i32, i32) -> i32" [fd_seek]="(i32, i64, i32, i64) -> i32"
	[fd_sync]="(i32) -> i32" [fd_tell]="(i32, i64) -> i32" [fd_write]="(i32, i64, i64, i64) -> i32"
	[path_create_directory]="(i32, i64, i64) -> i32"
	[path_filestat_get]="(i32, i32, i64, i64, i64) -> i32"
	[path_filestat_set_times]="(i32, i32, i64, i64, i64, i64, i32) -> i32"
	[path_link]="(i32, i32, i64, i64, i32, i64, i64) -> i32"
	[path_open]="(i32, i32, i64, i64, i32, i64, i64, i32, i64) -> i32"
	[path_readlink]="(i32, i64, i64, i64, i64, i64) -> i32"
	[path_remove_directory]="(i32, i64, i64) -> i32"
	[path_rename]="(i32, i64, i64, i32, i64, i64) -> i32"
	[path_symlink]="(i64, i64, i32, i64, i64) -> i32" [path_unlink_file]="(i32, i64, i64) -> i32"
	[poll_oneoff]="(i64, i64, i64, i64) -> i32" [proc_exit]="(i32) -> nil"
	[proc_raise]="(i32) -> i32" [sched_yield]="() -> i32" [random_get]="(i64, i64) -> i32"
	[sock_accept]="(i32, i32, i64) -> i32" [sock_recv]="(i32, i64, i64, i32, i64, i64) -> i32"
	[sock_send]="(i32, i64, i64, i32, i64) -> i32" [sock_shutdown]="(i32, i32) -> i32"
)

# assert_wasm64_sigs FILE MIN: FILE has at least MIN WASI imports, each
# with its wasm64 signature.
assert_wasm64_sigs() {
	run -0 wasi_sigs "$1"
	[ "${#lines[@]}" -ge "$2" ] || fail "too few WASI imports: $output"
	local name sig
	while read -r name sig; do
		[ "$sig" = "${WASM64_SIGS[$name]}" ] || fail "$name: $sig, not ${WASM64_SIGS[$name]}"
	done <<<"$output"
}

# need_sysroot32: skip (saying why) when the wasm32 libc is not built.
need_sysroot32() {
	[ -f "$P32/files.wasm" ] || skip "sysroot32 is not built (make sysroot32)"
}

# wasi_sigs FILE: "name (params) -> results" for each WASI import of FILE.
wasi_sigs() {
	"$NPM_BIN/wasm-objdump" -x "$1" | awk '
		/^ - type\[/ { t = $2; sub(/^type\[/, "", t); sub(/\]$/, "", t); $1 = $2 = ""; sig[t] = substr($0, 3) }
		/<- wasi_snapshot_preview1\./ { s = $3; sub(/^sig=/, "", s); n = $NF; sub(/^wasi_snapshot_preview1\./, "", n); print n " " sig[s] }'
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
	assert_line --index 0 "wasm64-rewrite: --base, --table64 and --wasi64 go with --to64"
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

@test "output is streamed to a temporary file: an error after the code section, or an unwritable output, leaves nothing" {
	# The code section is handed to the output as soon as it is rewritten;
	# this data segment, after it, cannot be lowered.
	cat >"$T/late.wat" <<-'EOF'
		(module
		  (memory i64 1)
		  (func (export "f") (param i64) (result i32) (i32.load (local.get 0)))
		  (data (i64.const 0x100000000) "x"))
	EOF
	wat "$T/late.wasm" "$T/late.wat"
	run -1 "$REWRITE" --to32 "$T/late.wasm" -o "$T/out.wasm"
	assert_output --regexp "^wasm64-rewrite: $T/late.wasm: offset 0x[0-9a-f]+: .*does not fit"
	[ -z "$(ls "$T" | grep -v '^late')" ] || fail "left behind: $(ls "$T")"
	run -1 "$REWRITE" --to32 "$CLI64" -o "$T/no/such/dir/out.wasm"
	assert_output "wasm64-rewrite: $T/no/such/dir/out.wasm: No such file or directory"
	# An existing output is replaced only by a complete one.
	printf 'old' >"$T/keep.wasm"
	run -1 "$REWRITE" --to32 "$T/late.wasm" -o "$T/keep.wasm"
	[ "$(cat "$T/keep.wasm")" = old ]
	run -0 "$REWRITE" --to32 "$CLI64" -o "$T/keep.wasm"
	"$NPM_BIN/wasm-validate" "$T/keep.wasm"
}

@test "a large module (ranges on several threads, output streamed): same bytes for any thread count, valid, first error in function order" {
	node "$ROOT/bench/gen-module.mjs" "$T/big32.wasm" 3 >/dev/null
	run -0 "$REWRITE" --to64 "$T/big32.wasm" -o "$T/big64.wasm"
	"$NPM_BIN/wasm-validate" --enable-memory64 "$T/big64.wasm"
	local threads
	for threads in 1 2 5; do
		run -0 "$REWRITE" --threads "$threads" --to64 "$T/big32.wasm" -o "$T/t$threads.wasm"
		cmp "$T/big64.wasm" "$T/t$threads.wasm"
	done
	# --check gathers the output in memory instead: the same bytes.
	run -0 "$REWRITE" --check --to64 "$T/big32.wasm" -o "$T/check.wasm"
	cmp "$T/big64.wasm" "$T/check.wasm"
	run -0 "$REWRITE" --to32 --check "$T/big64.wasm" -o "$T/back32.wasm"
	"$NPM_BIN/wasm-validate" "$T/back32.wasm"

	# Two invalid bodies, far apart: the earlier one is reported, whatever
	# the threads, and nothing is written.
	node "$ROOT/bench/gen-module.mjs" "$T/bad.wasm" 3 400 2500 >/dev/null
	local first
	for threads in 1 2 5; do
		run -1 "$REWRITE" --threads "$threads" --to64 "$T/bad.wasm" -o "$T/bad64.wasm"
		assert_output --regexp "^wasm64-rewrite: $T/bad.wasm: offset 0x[0-9a-f]+: type mismatch"
		[ -z "${first:-}" ] || [ "$output" = "$first" ]
		first=$output
		[ ! -e "$T/bad64.wasm" ]
	done
	[ -z "$(ls "$T" | grep tmp)" ] || fail "left behind: $(ls "$T")"
	# The reported body is function 400's: the same error as when it is
	# the only bad one (the modules agree up to function 2500), and not
	# function 2500's.
	node "$ROOT/bench/gen-module.mjs" "$T/bad1.wasm" 3 400 >/dev/null
	run -1 "$REWRITE" --to64 "$T/bad1.wasm" -o "$T/bad64.wasm"
	[ "${output/bad1.wasm/bad.wasm}" = "$first" ]
	node "$ROOT/bench/gen-module.mjs" "$T/bad2.wasm" 3 2500 >/dev/null
	run -1 "$REWRITE" --to64 "$T/bad2.wasm" -o "$T/bad64.wasm"
	assert_output --partial "type mismatch"
	[ "${output/bad2.wasm/bad.wasm}" != "$first" ]
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

@test "target_features: --to64 says +memory64, --to32 drops it (every memory lowered), --tables-only keeps it" {
	# features FILE: FILE's target_features entries, one a line.
	features() { "$NPM_BIN/wasm-objdump" -x -j target_features "$1" | grep -E '^  - \['; }
	# clang's wasm64 link says +memory64 (with its other features).
	run -0 features "$CLI64"
	assert_line "  - [+] memory64"
	local others
	others=$(features "$CLI64" | grep -v memory64)
	run -0 "$REWRITE" --to32 --check "$CLI64" -o "$T/c32.wasm"
	run -0 features "$T/c32.wasm"
	refute_line --partial memory64
	assert_equal "$output" "$others"
	# Back to 64 bits, the entry is there again, once.
	run -0 "$REWRITE" --to64 --check "$T/c32.wasm" -o "$T/c64.wasm"
	run -0 features "$T/c64.wasm"
	assert_line "  - [+] memory64"
	[ "$(grep -c memory64 <<<"$output")" -eq 1 ]
	# --tables-only keeps the 64-bit memory, and so the entry.
	run -0 "$REWRITE" --to32 --tables-only --check "$CLI64" -o "$T/t32.wasm"
	run -0 features "$T/t32.wasm"
	assert_line "  - [+] memory64"
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
	run -0 node "$ROOT/js/run.mjs" --verbose prog.wasm
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
		run --separate-stderr node "$ROOT/js/run.mjs" prog.wasm $args
		[ "$want" = "$status:$output" ] || fail "$args: wasm64-run $want, node $status:$output"
	done
}

@test "--wasi64: usage errors, and what it refuses (with the reason and offset)" {
	run -2 "$REWRITE" --to64 --wasi64 --base 0 "$FS32" -o "$T/x.wasm"
	assert_line --index 0 "wasm64-rewrite: --wasi64 needs --base 65536 or more: the 64 KiB page below the base is the wrappers' scratch area"
	run -2 "$REWRITE" --to32 --wasi64 "$CLI64" -o "$T/x.wasm"
	assert_line --index 0 "wasm64-rewrite: --base, --table64 and --wasi64 go with --to64"
	local w='wasi_snapshot_preview1'
	cat >"$T/unknown.wat" <<WAT
(module (import "$w" "fd_frobnicate" (func (param i32) (result i32))) (memory (export "memory") 1))
WAT
	cat >"$T/badsig.wat" <<WAT
(module (import "$w" "fd_write" (func (param i32 i64 i32 i32) (result i32))) (memory (export "memory") 1))
WAT
	cat >"$T/nosizes.wat" <<WAT
(module (import "$w" "args_get" (func (param i32 i32) (result i32))) (memory (export "memory") 1))
WAT
	cat >"$T/nomem.wat" <<WAT
(module (import "$w" "fd_write" (func (param i32 i32 i32 i32) (result i32))) (memory 1))
WAT
	local f
	for f in unknown badsig nosizes nomem; do wat "$T/$f.wasm" "$T/$f.wat"; done
	run -1 "$REWRITE" --to64 --wasi64 "$T/unknown.wasm" -o "$T/x.wasm"
	assert_output --regexp "offset 0x[0-9a-f]+: --wasi64: $w.fd_frobnicate is not a WASI preview 1 function$"
	run -1 "$REWRITE" --to64 --wasi64 "$T/badsig.wasm" -o "$T/x.wasm"
	assert_output --partial "--wasi64: import $w.fd_write has type (i32, i64, i32, i32) -> (i32), not its wasm32 signature (i32, i32, i32, i32) -> i32"
	run -1 "$REWRITE" --to64 --wasi64 "$T/nosizes.wasm" -o "$T/x.wasm"
	assert_output --partial "--wasi64: args_get is imported without args_sizes_get, which its wrapper calls to size the pointer array"
	run -1 "$REWRITE" --to64 --wasi64 "$T/nomem.wasm" -o "$T/x.wasm"
	assert_output --partial '--wasi64: the module exports no memory named "memory", which WASI functions act on'
	[ ! -e "$T/x.wasm" ]
	# Without --wasi64 the same modules convert (imports untouched).
	run -0 "$REWRITE" --to64 "$T/unknown.wasm" -o "$T/x.wasm"
}

@test "--wasi64: WASI imports get their wasm64 signatures, others stay; the output validates" {
	cat >"$T/m.wat" <<'WAT'
(module
  (import "env" "callback" (func $cb (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_close" (func $c (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_get" (func $p (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $s (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $a (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $x (param i32)))
  (memory (export "memory") 1)
  (func (export "f") (result i32)
    (i32.add (call $cb (i32.const 1) (i32.const 2))
      (i32.add (call $w (i32.const 1) (i32.const 0) (i32.const 0) (i32.const 0))
        (i32.add (call $c (i32.const 3))
          (i32.add (call $p (i32.const 3) (i32.const 0))
            (i32.add (call $s (i32.const 0) (i32.const 4)) (call $a (i32.const 0) (i32.const 8)))))))))
WAT
	wat "$T/m.wasm" "$T/m.wat"
	run -0 "$REWRITE" --to64 --wasi64 --check "$T/m.wasm" -o "$T/m64.wasm"
	valid "$T/m64.wasm"
	run -0 wasi_sigs "$T/m64.wasm"
	assert_output "fd_write (i32, i64, i64, i64) -> i32
fd_close (i32) -> i32
fd_prestat_get (i32, i64) -> i32
args_sizes_get (i64, i64) -> i32
args_get (i64, i64) -> i32
proc_exit (i32) -> nil"
	# The other import keeps its type; the memory starts at the default
	# base (one page up), with the scratch page below it.
	run -0 "$NPM_BIN/wasm-objdump" -x "$T/m64.wasm"
	assert_line " - type[0] (i32, i32) -> i32"
	assert_line " - func[0] sig=0 <env.callback> <- env.callback"
	assert_line " - memory[0] pages: initial=2 max=65537 i64"

	# A real program: every import of the file workload.
	need_sysroot32
	run -0 "$REWRITE" --to64 --wasi64 --check "$P32/files.wasm" -o "$T/files64.wasm"
	valid "$T/files64.wasm"
	assert_wasm64_sigs "$T/files64.wasm" 15
}

# same_everything ORIG CONV ARGS...: ORIG and CONV, each run as prog.wasm
# in a directory of its own with a fresh box/ (preopened as /box, holding
# input.txt), the same environment and stdin, print the same stdout and
# stderr, exit the same, and leave the same files in box/.
same_everything() {
	local orig=$1 conv=$2 d
	shift 2
	printf 'one line of stdin\nand another\n' >"$T/stdin.txt"
	for d in a b; do
		rm -rf "${T:?}/$d" && mkdir -p "$T/$d/box"
		seq 1 500 >"$T/$d/box/input.txt"
	done
	cp "$orig" "$T/a/prog.wasm"
	cp "$conv" "$T/b/prog.wasm"
	for d in a b; do
		local rc=0
		(cd "$T/$d" && "$RUN" --env GREETING=hi --dir box::/box prog.wasm "$@" \
			<"$T/stdin.txt" >stdout 2>stderr) || rc=$?
		echo "$rc" >"$T/$d/status"
	done
	for f in stdout stderr status; do
		cmp -s "$T/a/$f" "$T/b/$f" ||
			fail "$(basename "$conv") $*: $f differs:"$'\n'"$(diff "$T/a/$f" "$T/b/$f" | head -20)"
	done
	diff -r "$T/a/box" "$T/b/box" || fail "$(basename "$conv") $*: the files differ"
}

@test "--wasi64: wasm32 programs of sysroot32 run the same (files through --dir, argv, environ, status)" {
	need_sysroot32
	# The original does what the comparison relies on.
	same_everything "$P32/files.wasm" "$P32/files.wasm" /box "two words"
	assert_equal "$(cat "$T/a/status")" 3
	run cat "$T/a/stdout"
	assert_line "argv[2] = two words"
	assert_line "GREETING=hi"
	assert_line "input.txt: 500 lines, hash 3185227101"
	assert_line "data.bin: read back 100000, equal 1"
	assert_line "  moved.txt file 32890"
	[ -s "$T/a/box/sub/moved.txt" ] && [ -s "$T/a/box/data.bin" ]
	run cat "$T/a/stderr"
	assert_output $'/box/missing/file: No such file or directory\nerrno 44 after the failed open'

	local opts p
	for opts in "--to64" "--to64 --wasi64" "--to64 --wasi64 --base 0x30000" \
		"--to64 --wasi64 --base 0x100000000" "--to64 --table64 --wasi64"; do
		for p in files hello wordfreq; do
			# shellcheck disable=SC2086
			run -0 "$REWRITE" $opts --check "$P32/$p.wasm" -o "$T/$p.conv.wasm"
		done
		same_everything "$P32/files.wasm" "$T/files.conv.wasm" /box "two words"
		same_everything "$P32/hello.wasm" "$T/hello.conv.wasm"
		same_everything "$P32/wordfreq.wasm" "$T/wordfreq.conv.wasm" -n 4 "the cat, the hat; the bat's hat"
	done
	run cat "$T/b/stdout"
	assert_line --partial "4 distinct"
}

@test "a wasm64 file workload from the sysroot runs the same after --to32 (and back)" {
	cc "$T/files64.wasm" "$ROOT/tests/data/wasi64/files.c" -O2
	run -0 "$REWRITE" --to32 --check "$T/files64.wasm" -o "$T/files.32.wasm"
	same_everything "$T/files64.wasm" "$T/files.32.wasm" /box "two words"
	run cat "$T/b/stdout"
	assert_line "data.bin: read back 100000, equal 1"
	assert_line "  moved.txt file 32890"
	run -0 "$REWRITE" --to64 --table64 --check "$T/files.32.wasm" -o "$T/files.rt.wasm"
	same_everything "$T/files64.wasm" "$T/files.rt.wasm" /box "two words"
}

@test "--wasi64: the freestanding WASI program, every scenario the same (EFAULT cases, sandbox, poll, ...)" {
	run -0 "$REWRITE" --to64 --wasi64 --check "$FS32" -o "$T/fs.w.wasm"
	run -0 "$REWRITE" --to64 --wasi64 --base 0x100000000 --check "$FS32" -o "$T/fs.wb.wasm"
	valid "$T/fs.w.wasm"
	# Its imports cover all of WASI but the sockets.
	assert_wasm64_sigs "$T/fs.w.wasm" 40
	local scenario conv want
	for scenario in prestat files dirs clean environ clock random poll sandbox efault fdtable \
		iovecs cat "ls ."; do
		for conv in "$FS32" "$T/fs.w.wasm" "$T/fs.wb.wasm"; do
			rm -rf "$T/box" && mkdir -p "$T/box"
			echo hi >"$T/box/f.txt"
			ln -s ../outside "$T/box/escape"
			# shellcheck disable=SC2086
			run "$RUN" --env A=1 --dir "$T/box" "$conv" $scenario <<<"some stdin"
			[ "$conv" != "$FS32" ] || want="$status:$output"
			[ "$want" = "$status:$output" ] ||
				fail "$scenario: original $want"$'\n'"$(basename "$conv"): $status:$output"
		done
	done
	# The EFAULT scenario ran its checks (its lines end in the errno).
	run "$RUN" --dir "$T/box" "$T/fs.w.wasm" efault
	assert_line "iovec array straddles the end: 21"
	assert_line "nwritten untouched: 12345"
}

@test "--wasi64: more iovecs than one host call takes go in chunks; a bad one anywhere is EFAULT with no effect" {
	run -0 "$REWRITE" --to64 --wasi64 --check "$CHUNKS32" -o "$T/chunks.w.wasm"
	head -c 5000 /dev/zero | tr '\0' 'q' >"$T/in.txt"
	local scenario conv want
	for scenario in write positioned fault read; do
		for conv in "$CHUNKS32" "$T/chunks.w.wasm"; do
			rm -rf "$T/box" && mkdir -p "$T/box"
			run "$RUN" --dir "$T/box" "$conv" "$scenario" <"$T/in.txt"
			[ ! -e "$T/box/big" ] || output="$output"$'\n'"$(sha256sum <"$T/box/big")"
			[ "$conv" != "$CHUNKS32" ] || want="$status:$output"
			[ "$want" = "$status:$output" ] ||
				fail "$scenario: original $want"$'\n'"converted: $status:$output"
		done
		case $scenario in
		write) assert_line "nwritten: 10000" ;;
		positioned) assert_line "nwritten: 18000"; assert_line "mismatches: 0"
			assert_line "nread: 10000" ;;
		fault) assert_line "fd_write, iovec 5000 straddles the end: 21"
			assert_line "nwritten untouched: 777"; assert_line "bad fd first: 8"
			assert_line "nread: 5000" ;;
		read) assert_line "nread: 5000" ;;
		esac
	done
}

@test "--wasi64: calls, return_call, tables, ref.func, globals and exports of an import reach its wrapper" {
	"$NPM_BIN/wat2wasm" --enable-tail-call "$ROOT/tests/data/wasi64/uses.wat" -o "$T/uses.wasm"
	run -0 "$REWRITE" --to64 --wasi64 --check "$T/uses.wasm" -o "$T/uses64.wasm"
	# (wabt's --enable-all rejects ref.func into a funcref table.set)
	run -0 "$NPM_BIN/wasm-validate" --enable-tail-call --enable-memory64 "$T/uses64.wasm"
	run -0 wasi_sigs "$T/uses64.wasm"
	assert_line "fd_write (i32, i64, i64, i64) -> i32"
	run -42 "$RUN" "$T/uses.wasm"
	local want="$output"
	run -42 "$RUN" "$T/uses64.wasm"
	assert_equal "$output" "$want"
	# The export is the wrapper: same wasm32 type, same behaviour.
	run -0 "$RUN" --invoke fd_write_export "$T/uses64.wasm" 1 8 1 48
	assert_output $'hello\ni32:0'
}

@test "--wasi64: the output runs the same under node (JS host), with and without --table64" {
	need_sysroot32
	run -0 "$REWRITE" --to64 --wasi64 "$P32/files.wasm" -o "$T/files.w.wasm"
	run -0 "$REWRITE" --to64 --table64 --wasi64 "$P32/files.wasm" -o "$T/files.wt.wasm"
	run -0 "$REWRITE" --to64 --wasi64 "$P32/hello.wasm" -o "$T/hello.w.wasm"
	local conv want
	for conv in hello.w files.w files.wt; do
		rm -rf "$T/a" "$T/b" && mkdir -p "$T/a/box" "$T/b/box"
		seq 1 500 >"$T/a/box/input.txt"
		seq 1 500 >"$T/b/box/input.txt"
		cp "$P32/${conv%.*}.wasm" "$T/a/prog.wasm"
		cp "$T/$conv.wasm" "$T/b/prog.wasm"
		cd "$T/a"
		run --separate-stderr "$RUN" --env GREETING=hi --dir box::/box prog.wasm /box x
		want="$status:$output:$stderr"
		cd "$T/b"
		run --separate-stderr node "$ROOT/js/run.mjs" --env GREETING=hi --dir box::/box \
			prog.wasm /box x
		[ "$want" = "$status:$output:$stderr" ] ||
			fail "$conv: wasm64-run on the original $want"$'\n'"node: $status:$output:$stderr"
	done
	# (the last one ran after wasm-opt's lowering: Node 20 has no table64)
	cd "$T/b"
	run -3 node "$ROOT/js/run.mjs" --verbose --dir box::/box prog.wasm /box
	assert_output --partial "64-bit table:"
}

@test "--wasi64: socket calls go through their wrappers (no trap on bad pointers; hosts answer ENOSYS)" {
	"$NPM_BIN/wat2wasm" "$ROOT/tests/data/wasi64/sockets.wat" -o "$T/s.wasm"
	run -0 "$REWRITE" --to64 --wasi64 --check "$T/s.wasm" -o "$T/s64.wasm"
	assert_wasm64_sigs "$T/s64.wasm" 4
	local host want
	want=$("$RUN" "$T/s.wasm" | od -An -tu1)
	[ -n "$want" ] || fail "the original printed nothing"
	for host in "$RUN" "node $ROOT/js/run.mjs"; do
		# shellcheck disable=SC2086
		run -0 bash -c "$host '$T/s64.wasm' | od -An -tu1"
		assert_equal "$output" "$want"
	done
}

# same_run WANT FILE: FILE validates (ours, wabt, binaryen) and its "run"
# export returns WANT.
eh_same_run() {
	valid "$2"
	run -0 "$NPM_BIN/wasm-opt" -all "$2" -o "$T/opt.wasm"
	run -0 "$RUN" --invoke run "$2"
	assert_output "$1"
}

@test "exception handling, both encodings: --to64, --table64, --to32 keep tags and handlers; same results" {
	local enc want
	for enc in legacy standard; do
		wat "$T/$enc.wasm" "$ROOT/tests/data/eh-rewrite-$enc.wat"
		run -0 "$RUN" --invoke run "$T/$enc.wasm"
		want=$output
		run -0 "$REWRITE" --to64 "$T/$enc.wasm" -o "$T/$enc.64.wasm"
		eh_same_run "$want" "$T/$enc.64.wasm"
		run -0 "$NPM_BIN/wasm-objdump" -x "$T/$enc.64.wasm"
		assert_line --regexp '^ - memory\[0\] pages: initial=1 max=65536 i64$'
		assert_line "Tag[$([ $enc = legacy ] && echo 2 || echo 1)]:"
		run -0 "$REWRITE" --to64 --table64 "$T/$enc.wasm" -o "$T/$enc.t64.wasm"
		eh_same_run "$want" "$T/$enc.t64.wasm"
		run -0 "$REWRITE" --to32 "$T/$enc.t64.wasm" -o "$T/$enc.32.wasm"
		eh_same_run "$want" "$T/$enc.32.wasm"
		# The code itself is untouched but for the conversions: the
		# round trip gives back the instructions of the original.
		"$NPM_BIN/wasm2wat" --enable-all "$T/$enc.wasm" | grep -cE 'try|catch|throw|delegate' >"$T/a"
		"$NPM_BIN/wasm2wat" --enable-all "$T/$enc.32.wasm" | grep -cE 'try|catch|throw|delegate' >"$T/b"
		cmp "$T/a" "$T/b"
	done
	# The standard module's exnref global and local survive.
	run -0 "$NPM_BIN/wasm2wat" --enable-all "$T/standard.t64.wasm"
	assert_output --partial "(global (;0;) (mut exnref) (ref.null exn))"
	assert_output --partial "(local exnref"
}

@test "exception handling, legacy encoding: V8 runs the converted module the same" {
	native_pass_only "V8 is the reference, not the runtime under test"
	wat "$T/legacy.wasm" "$ROOT/tests/data/eh-rewrite-legacy.wat"
	run -0 "$RUN" --invoke run "$T/legacy.wasm"
	local want=$output
	# wasm32 -> wasm64 -> wasm32: Node 20 runs the result with no flag.
	run -0 "$REWRITE" --to64 "$T/legacy.wasm" -o "$T/l64.wasm"
	run -0 "$REWRITE" --to32 "$T/l64.wasm" -o "$T/l32.wasm"
	run -0 node "$ROOT/tests/data/js/invoke.mjs" "$T/l32.wasm" run
	assert_output "$want"
	run -0 node --experimental-wasm-memory64 "$ROOT/tests/data/js/invoke.mjs" "$T/l64.wasm" run
	assert_output "$want"
}
