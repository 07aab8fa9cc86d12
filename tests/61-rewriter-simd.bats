#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# wasm64-rewrite on SIMD and atomic memory instructions: the spec suite's
# SIMD memory modules converted both ways, --base folding into their
# offsets, bad SIMD input, and a C program using SIMD and C11 atomics that
# runs the same in node before and after conversion, and in wasm64-run.
# (wasm64-run's own SIMD tests: tests/19-simd.bats and the spec suite's
# simd/ and relaxed-simd/ files.)

setup_file() {
	load helpers
	export REWRITE="$(dirname "$RUN")/wasm64-rewrite"
	export SIMD_JSON="$ROOT/build/spec/wasm-spec-core/json/simd"
	# The C program for wasm32 (make sysroot32) and for wasm64, with every
	# SIMD memory instruction clang emits at -O1 and its C11 atomics.
	export P32="$BATS_FILE_TMPDIR/p32.wasm" P64="$BATS_FILE_TMPDIR/p64.wasm"
	export A32="$BATS_FILE_TMPDIR/a32.wasm" A64="$BATS_FILE_TMPDIR/a64.wasm"
	local flags=(-msimd128 -matomics -DWITH_SIMD -O1)
	if [ -f "$ROOT/sysroot32/lib/libc.a" ]; then
		PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32 --sysroot="$ROOT/sysroot32" "${flags[@]}" \
			"$ROOT/tests/data/simd-atomics.c" -o "$P32"
		PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32 --sysroot="$ROOT/sysroot32" -matomics -O1 \
			"$ROOT/tests/data/simd-atomics.c" -o "$A32"
	fi
	cc "$P64" "$ROOT/tests/data/simd-atomics.c" "${flags[@]}"
	cc "$A64" "$ROOT/tests/data/simd-atomics.c" -matomics -O1
}

setup() {
	load helpers
	T="$BATS_TEST_TMPDIR"
}

# modules_of FILE.json: the module files of the commands that must
# validate (module, module_definition), one per line.
modules_of() {
	node -e '
		const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		for (const c of d.commands)
			if ((c.type === "module" || c.type === "module_definition") && c.filename)
				console.log(c.filename);
	' "$1"
}

# valid FILE: our validator and wabt's (SIMD is on by default) accept FILE.
valid() {
	run -0 "$RUN" --validate "$1"
	run -0 "$NPM_BIN/wasm-validate" --enable-memory64 --enable-threads --enable-multi-memory "$1"
}

# memory_ops WAT: the memory instructions with their immediates (offset,
# align, lane), in order.
memory_ops() {
	grep -oE '(v128|[if](32|64))\.(atomic\.)?(load|store|rmw)[a-z0-9_.]*( offset=[0-9]+)?( align=[0-9]+)?( [0-9]+)?' "$1"
}

# memories WAT: the memory declarations, without their index comments.
memories() {
	grep -E '^ *\(memory ' "$1" | sed -E 's/ \(;[0-9]+;\)//; s/^ *//; s/\)+$/)/'
}

@test "the spec's SIMD memory modules convert with --to64 and back with --to32; both validate (ours and wabt)" {
	[ -d "$SIMD_JSON" ] || skip "the spec suite is not unpacked (make spec)"
	local f w n=0 w2w=("$NPM_BIN/wasm2wat" --enable-memory64 --enable-threads)
	for f in simd_address simd_align simd_load simd_store simd_load_splat simd_load_extend \
		simd_load_zero simd_load8_lane simd_load16_lane simd_load32_lane simd_load64_lane \
		simd_store8_lane simd_store16_lane simd_store32_lane simd_store64_lane; do
		while IFS= read -r w; do
			local src="$SIMD_JSON/$f/$w"
			# --check: our validator accepts the output; wasm2wat checks
			# it with wabt's.
			run -0 "$REWRITE" --to64 --check "$src" -o "$T/64.wasm"
			run -0 "$REWRITE" --to32 --check "$T/64.wasm" -o "$T/32.wasm"
			# wabt's listings (three Node starts per module, most of this
			# test's time): in the build/native pass; the sanitizer pass
			# runs the conversions above with the ASan/UBSan rewriter.
			if in_native_pass; then
				"${w2w[@]}" "$src" -o "$T/orig.wat"
				"${w2w[@]}" "$T/64.wasm" -o "$T/64.wat"
				"${w2w[@]}" "$T/32.wasm" -o "$T/32.wat"
				# The memories change index type (--to64 writes out the
				# implicit 32-bit maximum), and come back as they were.
				diff <(memories "$T/orig.wat" | sed -E 's/^\(memory ([0-9]+)\)$/(memory \1 65536)/; s/^\(memory /(memory i64 /') \
					<(memories "$T/64.wat")
				diff <(memories "$T/orig.wat" | sed -E 's/^\(memory ([0-9]+)\)$/(memory \1 65536)/') \
					<(memories "$T/32.wat")
				# Every memory instruction keeps its memarg and lane.
				diff <(memory_ops "$T/orig.wat") <(memory_ops "$T/64.wat")
				diff <(memory_ops "$T/orig.wat") <(memory_ops "$T/32.wat")
			fi
			n=$((n + 1))
		done < <(modules_of "$SIMD_JSON/$f/$f.json")
	done
	[ "$n" -eq 79 ] || fail "$n modules, not 79"
}

@test "--base folds into SIMD and atomic offsets; operands above the address go through scratch locals of their types" {
	cat >"$T/m.wat" <<'WAT'
(module
  (memory 1 2 shared)
  (func (export "f") (param $p i32) (result i32)
    (v128.store offset=16 (local.get $p) (v128.load (local.get $p)))
    (v128.store16_lane offset=2 7 (local.get $p)
      (v128.load32_lane offset=4 3 (local.get $p) (v128.load64_zero (local.get $p))))
    (drop (i64.atomic.rmw32.cmpxchg_u offset=8 (local.get $p) (i64.const 1) (i64.const 2)))
    (drop (memory.atomic.wait32 offset=12 (local.get $p) (i32.const 0) (i64.const 0)))
    (atomic.fence)
    (memory.atomic.notify offset=20 (local.get $p) (i32.const 1))))
WAT
	wat "$T/m.wasm" "$T/m.wat"
	run -0 "$REWRITE" --to64 --base 0x100000000 --check "$T/m.wasm" -o "$T/b.wasm"
	valid "$T/b.wasm"
	"$NPM_BIN/wasm2wat" --enable-memory64 --enable-threads "$T/b.wasm" -o "$T/b.wat"
	run -0 memories "$T/b.wat"
	assert_output "(memory i64 65537 65538 shared)"
	run -0 memory_ops "$T/b.wat"
	assert_output "v128.load offset=4294967296
v128.store offset=4294967312
v128.load64_zero offset=4294967296
v128.load32_lane offset=4294967300 3
v128.store16_lane offset=4294967298 7
i64.atomic.rmw32.cmpxchg_u offset=4294967304"
	run -0 grep -E 'memory.atomic.(wait32|notify)' "$T/b.wat"
	assert_output --partial "memory.atomic.wait32 offset=4294967308"
	assert_output --partial "memory.atomic.notify offset=4294967316"
	# One scratch local per operand position and type: the vector (v128),
	# the cmpxchg's (i64, i64), the wait's (i32, and the i64 again).
	run -0 grep -E '^ *\(local ' "$T/b.wat"
	assert_output "    (local v128 i64 i64 i32)"
	# Lowering refuses offsets that do not fit a 32-bit memory.
	cat >"$T/far.wat" <<'WAT'
(module (memory i64 1)
  (func (param i64) (result i32) (i32.atomic.rmw8.or_u offset=0x100000000 (local.get 0) (i32.const 1)))
  (func (param i64) (v128.store32_lane offset=0x100000000 1 (local.get 0) (v128.const i64x2 0 0))))
WAT
	wat "$T/far.wasm" "$T/far.wat"
	run -1 "$REWRITE" --to32 "$T/far.wasm" -o "$T/x.wasm"
	assert_output --regexp "offset 0x[0-9a-f]+: i32.atomic.rmw8.or_u offset 0x100000000 does not fit a 32-bit memory$"
	[ ! -e "$T/x.wasm" ]
}

@test "bad SIMD input: located error, exit 1, no output" {
	cat >"$T/lane.wat" <<'WAT'
(module (memory 1)
  (func (param i32) (result v128) (v128.load8_lane 3 (local.get 0) (v128.const i64x2 0 0))))
WAT
	wat "$T/lane.wasm" "$T/lane.wat"
	# The lane index is the last byte before the body's end: make it 16.
	local size
	size=$(stat -c %s "$T/lane.wasm")
	cp "$T/lane.wasm" "$T/badlane.wasm"
	run -0 "$NPM_BIN/wasm-objdump" -d "$T/lane.wasm"
	assert_output --regexp 'fd 54 00 00 03 +\| v128.load8_lane 0 0 3'
	local at
	at=$(grep -boa $'\xfd\x54\x00\x00\x03' "$T/lane.wasm" | cut -d: -f1)
	printf '\x10' | dd of="$T/badlane.wasm" bs=1 seek=$((at + 4)) conv=notrunc status=none
	[ "$(stat -c %s "$T/badlane.wasm")" = "$size" ]
	run -1 "$REWRITE" --to64 "$T/badlane.wasm" -o "$T/out.wasm"
	assert_output --regexp "^wasm64-rewrite: $T/badlane.wasm: offset 0x[0-9a-f]+: invalid lane index 16 \(v128.load8_lane has 16 lanes\)$"
	[ ! -e "$T/out.wasm" ]

	# Truncated inside a v128.const: the code section claims more bytes
	# than the file has.
	head -c $((at - 3)) "$T/lane.wasm" >"$T/cut.wasm"
	run -1 "$REWRITE" --to64 "$T/cut.wasm" -o "$T/out.wasm"
	assert_output --regexp "^wasm64-rewrite: $T/cut.wasm: offset 0x[0-9a-f]+: "
	[ ! -e "$T/out.wasm" ]
	# Truncated inside the body: a v128.const with 15 of its 16 bytes.
	printf '(module (func (result v128) (v128.const i64x2 0 0)))' >"$T/c.wat"
	wat "$T/c.wasm" "$T/c.wat"
	node -e '
		const fs = require("fs");
		const b = fs.readFileSync(process.argv[1]);
		const at = b.indexOf(Buffer.from([0xfd, 0x0c]));
		// code section: ... body size, 0 locals, fd 0c <16 bytes> 0b
		const body = Buffer.from([0x00, 0xfd, 0x0c, ...Array(15).fill(0)]);
		const sec = Buffer.from([0x01, body.length, ...body]);
		fs.writeFileSync(process.argv[2], Buffer.concat([b.subarray(0, at - 4), Buffer.from([0x0a, sec.length]), sec]));
	' "$T/c.wasm" "$T/short.wasm"
	run -1 "$REWRITE" --to64 "$T/short.wasm" -o "$T/out.wasm"
	assert_output --regexp "^wasm64-rewrite: $T/short.wasm: offset 0x[0-9a-f]+: "
	[ ! -e "$T/out.wasm" ]
}

@test "wasm64-run runs SIMD instructions, v128 globals and atomics" {
	cat >"$T/s.wat" <<'WAT'
(module (memory 1) (func (export "_start") (drop (v128.load (i32.const 0)))))
WAT
	cat >"$T/a.wat" <<'WAT'
(module (memory 1) (func (export "_start") (drop (i32.atomic.load (i32.const 0)))))
WAT
	cat >"$T/v.wat" <<'WAT'
(module (global (export "g") v128 (v128.const i32x4 1 2 3 4)) (func (export "_start"))
  (func (export "g_lanes") (result i32)
    (i32.add (i32.add (i32x4.extract_lane 0 (global.get 0)) (i32x4.extract_lane 1 (global.get 0)))
             (i32.add (i32x4.extract_lane 2 (global.get 0)) (i32x4.extract_lane 3 (global.get 0))))))
WAT
	local f
	for f in s a v; do
		wat "$T/$f.wasm" "$T/$f.wat"
		run -0 "$RUN" --validate "$T/$f.wasm"
	done
	run -0 "$RUN" "$T/s.wasm"
	run -0 "$RUN" "$T/a.wasm"
	run -0 "$RUN" "$T/v.wasm"
	run -0 "$RUN" --invoke g_lanes "$T/v.wasm"
	assert_output "i32:10"
}

# node_run FILE: runs FILE with the JS host; "status:output".
node_run() {
	run --separate-stderr node "$ROOT/js/run.mjs" "$1"
	printf '%s:%s' "$status" "$output"
}

@test "a wasm32 C program with SIMD and C11 atomics runs the same in node after --to64 (and --to64 --wasi64)" {
	[ -f "$P32" ] || skip "sysroot32 is not built (make sysroot32)"
	# It uses SIMD and atomic memory instructions of several kinds.
	run -0 "$NPM_BIN/wasm2wat" --enable-threads "$P32"
	local op
	for op in v128.load v128.store v128.load8x8_s v128.load16x4_u v128.load32x2_s \
		v128.load8_splat v128.load64_splat v128.load32_zero v128.load64_zero v128.load8_lane \
		v128.store8_lane v128.store64_lane i32.atomic.rmw.cmpxchg i64.atomic.rmw.cmpxchg \
		i32.atomic.rmw8.add_u i32.atomic.store16 i64.atomic.load; do
		assert_output --partial "$op"
	done
	local want
	want=$(node_run "$P32")
	[[ "$want" == 0:simd\ * ]] || fail "original: $want"
	run -0 "$REWRITE" --to64 --check "$P32" -o "$T/p.wasm"
	valid "$T/p.wasm"
	[ "$(node_run "$T/p.wasm")" = "$want" ] || fail "--to64: $(node_run "$T/p.wasm"), not $want"
	run -0 "$REWRITE" --to64 --wasi64 --check "$P32" -o "$T/w.wasm"
	valid "$T/w.wasm"
	[ "$(node_run "$T/w.wasm")" = "$want" ] || fail "--to64 --wasi64: $(node_run "$T/w.wasm"), not $want"
}

@test "the wasm64 build of the same program runs the same in node after --to32; wasm64-run runs all of them the same" {
	[ -f "$P32" ] || skip "sysroot32 is not built (make sysroot32)"
	local want
	want=$(node_run "$P32")
	run -0 "$REWRITE" --to32 --check "$P64" -o "$T/p.wasm"
	valid "$T/p.wasm"
	run -0 "$NPM_BIN/wasm2wat" --enable-threads "$T/p.wasm"
	assert_output --partial "v128.load32_zero"
	assert_output --partial "i64.atomic.rmw.cmpxchg"
	[ "$(node_run "$T/p.wasm")" = "$want" ] || fail "--to32: $(node_run "$T/p.wasm"), not $want"
	[ "$(node_run "$P64")" = "$want" ] || fail "wasm64 original: $(node_run "$P64"), not $want"
	local f
	for f in "$P32" "$P64" "$T/p.wasm"; do
		run --separate-stderr "$RUN" "$f"
		[ "$status:$output" = "$want" ] || fail "$f: wasm64-run $status:$output, not $want"
	done
}

@test "the atomics-only program runs the same in wasm64-run and node, before and after --to64 and --to32" {
	[ -f "$A32" ] || skip "sysroot32 is not built (make sysroot32)"
	run -0 "$NPM_BIN/wasm2wat" --enable-threads "$A32"
	assert_output --partial "i32.atomic.rmw.cmpxchg"
	refute_output --partial "v128"
	local want
	want=$(node_run "$A32")
	[[ "$want" == 0:atomics\ * ]] || fail "node: $want"
	run -0 "$REWRITE" --to64 --check "$A32" -o "$T/a32to64.wasm"
	run -0 "$REWRITE" --to32 --check "$A64" -o "$T/a64to32.wasm"
	local f
	for f in "$A32" "$T/a32to64.wasm" "$A64" "$T/a64to32.wasm"; do
		run --separate-stderr "$RUN" "$f"
		[ "$status:$output" = "$want" ] || fail "$f: wasm64-run $status:$output, not $want"
	done
	[ "$(node_run "$T/a32to64.wasm")" = "$want" ] || fail "--to64 in node: $(node_run "$T/a32to64.wasm")"
}
