#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The benchmark programs (bench/programs) build for wasm64 (sysroot) and
# wasm32 (sysroot32) and print the same checksum as their native gcc
# build, at a small size.  Timings are `make bench`'s business, never a
# test's.

setup() {
	load helpers
}

bench_case() {
	local name=$1 arg
	arg=$(awk -v n="$name" '$1 == n { print $2 }' "$ROOT/bench/programs/sizes.txt")
	[ -n "$arg" ] || fail "$name has no small size in bench/programs/sizes.txt"
	gcc -O2 -w "$ROOT/bench/programs/$name.c" -o "$BATS_TEST_TMPDIR/$name"
	cc "$BATS_TEST_TMPDIR/$name.wasm" "$ROOT/bench/programs/$name.c" -O2
	run -0 "$BATS_TEST_TMPDIR/$name" "$arg"
	local native=$output
	[ -n "$native" ]
	run -0 "$RUN" "$BATS_TEST_TMPDIR/$name.wasm" "$arg"
	assert_output "$native"
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32 --sysroot="$ROOT/sysroot32" -O2 \
		"$ROOT/bench/programs/$name.c" -o "$BATS_TEST_TMPDIR/$name.32.wasm"
	run -0 "$RUN" "$BATS_TEST_TMPDIR/$name.32.wasm" "$arg"
	assert_output "$native"
}

@test "bench fib: same checksum as native" { bench_case fib; }
@test "bench loops: same checksum as native" { bench_case loops; }
@test "bench nbody: same checksum as native" { bench_case nbody; }
@test "bench sha256: same checksum as native" { bench_case sha256; }
@test "bench sort: same checksum as native" { bench_case sort; }
@test "bench memops: same checksum as native" { bench_case memops; }
@test "bench chase: same checksum as native" { bench_case chase; }
@test "bench mallocs: same checksum as native" { bench_case mallocs; }
@test "bench lz: same checksum as native" { bench_case lz; }
@test "bench sieve: same checksum as native" { bench_case sieve; }
@test "bench matmul: same checksum as native" { bench_case matmul; }
@test "bench hashtab: same checksum as native" { bench_case hashtab; }
@test "bench script: same checksum as native" { bench_case script; }

@test "every benchmark program has a test and a small size" {
	local f name
	for f in "$ROOT"/bench/programs/*.c; do
		name=$(basename "$f" .c)
		grep -q "bench_case $name;" "$BATS_TEST_FILENAME" || fail "bench/programs/$name.c has no test"
		grep -q "^$name " "$ROOT/bench/programs/sizes.txt" || fail "$name has no small size"
	done
}

@test "bench threads: mandel prints the native checksum with 1, 2 and 5 threads, in both widths" {
	local src="$ROOT/bench/threads/mandel.c" t="$BATS_TEST_TMPDIR"
	gcc -O2 -pthread "$src" -o "$t/mandel"
	"$CLANG" --target=wasm64-wasip1-threads --sysroot="$SYSROOT" -O2 "$src" -o "$t/mandel.wasm"
	"$CLANG" --target=wasm32-wasip1-threads --sysroot="$ROOT/sysroot32" -O2 "$src" -o "$t/mandel.32.wasm"
	run -0 "$t/mandel" 1 200
	local native=$output
	[[ "$native" == "checksum "[0-9]* ]]
	for n in 1 2 5; do
		run -0 "$RUN" "$t/mandel.wasm" "$n" 200
		assert_output "$native"
		run -0 "$RUN" "$t/mandel.32.wasm" "$n" 200
		assert_output "$native"
	done
}
