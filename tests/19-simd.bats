#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# SIMD in wasm64-run: C programs built with -O3 -msimd128 (loops clang
# vectorizes, <wasm_simd128.h> intrinsics, GCC vector extensions) print
# what their native builds print, as wasm64 and as wasm32 modules, and in
# Node; and v128 values go everywhere a value can (tests/data/simd/
# plumbing.wat).  The spec suite's simd/ and relaxed-simd/ files check each
# instruction (tests/spec/required.txt).

setup_file() {
	load helpers
	local d="$BATS_FILE_TMPDIR" src="$ROOT/tests/data/simd" p
	for p in autovec intrinsics vecext; do
		PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm64-wasip1 --sysroot="$SYSROOT" -O3 \
			-msimd128 -Wall -Wextra -Werror "$src/$p.c" -o "$d/$p.wasm"
		if [ -f "$ROOT/sysroot32/lib/libc.a" ]; then
			PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32-wasip1 --sysroot="$ROOT/sysroot32" \
				-O3 -msimd128 -Wall -Wextra -Werror "$src/$p.c" -o "$d/$p.32.wasm"
		fi
		"$CLANG" -O3 -Wall -Wextra -Werror "$src/$p.c" -o "$d/$p.native"
	done
	wat "$d/plumbing.wasm" "$src/plumbing.wat"
	# run.mjs caches what it lowers for Node 20 here.
	export XDG_CACHE_HOME="$d/cache"
}

setup() {
	load helpers
	D="$BATS_FILE_TMPDIR"
}

# same_as_native PROG MODULE: MODULE prints what the native PROG prints.
same_as_native() {
	local want
	want=$("$D/$1.native")
	run --separate-stderr "$RUN" "$2"
	assert_success
	assert_equal "$output" "$want"
}

# simd_ops MODULE: how many different SIMD instructions MODULE uses.
simd_ops() {
	"$NPM_BIN/wasm2wat" --enable-all "$1" |
		grep -oE '(v128|[if](8x16|16x8|32x4|64x2))\.[a-z0-9_]+' | sort -u | wc -l
}

@test "autovectorized loops (-O3 -msimd128) print what the native build prints; gcc agrees" {
	[ "$(simd_ops "$D/autovec.wasm")" -ge 15 ]
	same_as_native autovec "$D/autovec.wasm"
	# The loops in plain C: gcc's native build agrees too.
	gcc -O3 -std=c11 "$ROOT/tests/data/simd/autovec.c" -o "$BATS_TEST_TMPDIR/gcc"
	run -0 "$BATS_TEST_TMPDIR/gcc"
	assert_equal "$output" "$("$D/autovec.native")"
}

@test "<wasm_simd128.h> intrinsics print what the native build's plain C prints" {
	[ "$(simd_ops "$D/intrinsics.wasm")" -ge 15 ]
	same_as_native intrinsics "$D/intrinsics.wasm"
}

@test "GCC vector extensions print what the native build prints" {
	[ "$(simd_ops "$D/vecext.wasm")" -ge 10 ]
	same_as_native vecext "$D/vecext.wasm"
}

@test "the wasm32 builds (sysroot32) print the same" {
	[ -f "$D/autovec.32.wasm" ] || skip "sysroot32 is not built (make sysroot32)"
	local p
	for p in autovec intrinsics vecext; do
		same_as_native "$p" "$D/$p.32.wasm"
	done
}

@test "Node runs the same modules to the same output (the JS host)" {
	native_pass_only "Node runs the modules"
	# Node 20 needs each wasm64 module lowered first (seconds each): one
	# of them, and every wasm32 one.
	local p m
	for p in autovec intrinsics vecext; do
		for m in "$D/$p.32.wasm" "$D/$p.wasm"; do
			[ -f "$m" ] || continue
			[[ $p == autovec || $m == *.32.wasm ]] || continue
			run --separate-stderr node "$ROOT/js/run.mjs" "$m"
			assert_success
			assert_equal "$output" "$("$D/$p.native")"
		done
	done
}

@test "v128 values: calls (direct, indirect, tail), blocks, branches, select, locals, globals, exceptions, recursion" {
	# export|argument|result (locals: the second call must see its v128
	# locals zeroed again)
	local fn arg want
	while IFS='|' read -r fn arg want; do
		run -0 "$RUN" --invoke "$fn" "$D/plumbing.wasm" $arg
		assert_equal "$fn $arg: $output" "$fn $arg: $want"
	done <<'CASES'
calls||v128:i32x4 18 18 18 18
blocks|0|v128:i32x4 20 14 14 14
blocks|1|v128:i32x4 220 214 214 214
blocks|2|v128:i32x4 7 7 7 7
select|0|v128:i32x4 15 26 37 48
select|1|v128:i32x4 51 62 73 84
locals||v128:i32x4 0 2 0 0
globals||v128:i32x4 13 26 39 52
exceptions||v128:i32x4 112 123 134 145
recursion||v128:i32x4 500500 500501 500502 500503
CASES
}

@test "SIMD memory accesses trap out of bounds with the scalar message, on 32- and 64-bit memories" {
	local T="$BATS_TEST_TMPDIR" mem
	for mem in "1" "i64 1"; do
		local addr=i32
		[ "$mem" = "1" ] || addr=i64
		cat >"$T/m.wat" <<WAT
(module (memory $mem)
  (func (export "load") (param $addr) (result v128) (v128.load offset=8 (local.get 0)))
  (func (export "lane") (param $addr) (result v128)
    (v128.load32_lane 1 (local.get 0) (v128.const i32x4 0 0 0 0)))
  (func (export "store") (param $addr) (v128.store (local.get 0) (v128.const i32x4 1 2 3 4))))
WAT
		wat "$T/m.wasm" "$T/m.wat"
		run -0 "$RUN" --invoke load "$T/m.wasm" 65512
		assert_output "v128:i32x4 0 0 0 0"
		run -134 "$RUN" --invoke load "$T/m.wasm" 65513
		assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
		run -0 "$RUN" --invoke lane "$T/m.wasm" 65532
		run -134 "$RUN" --invoke lane "$T/m.wasm" 65533
		assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
		run -134 "$RUN" --invoke store "$T/m.wasm" -1
		assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
	done
}
