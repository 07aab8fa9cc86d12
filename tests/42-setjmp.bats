#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# <setjmp.h>: LLVM's setjmp/longjmp lowering onto exception handling
# (-mllvm -wasm-enable-sjlj) with the libc's runtime (libc/src/setjmp).
# Three programs of tests/data/setjmp — a scripting-language core whose
# errors, protected calls and task yields are longjmps, a unit-test
# framework that catches failed assertions, and the edge cases — must
# print, byte for byte, what their glibc builds print, at -O0 and -O2,
# for wasm64 and wasm32, in wasm64-run and (legacy encoding) in Node.

SJLJ=(-mllvm -wasm-enable-sjlj)
# edge.c recurses 5000 calls deep on purpose.
STACK=(-Wl,-z,stack-size=2097152)

setup_file() {
	load helpers
	local d=$ROOT/tests/data/setjmp p
	# The references: glibc's setjmp, under the sanitizers.
	for p in interp unit edge; do
		local extra=()
		[ "$p" = edge ] && extra=("$d/noflag.c")
		"$CLANG" -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
			"$d/$p.c" "${extra[@]}" -o "$BATS_FILE_TMPDIR/$p-native"
		"$BATS_FILE_TMPDIR/$p-native" >"$BATS_FILE_TMPDIR/$p.expected"
	done
}

setup() {
	load helpers
}

# build TARGET SYSROOT PROGRAM OUT FLAGS...: the program with the setjmp
# flag; edge.c's helper file without it.
build() {
	local target=$1 sysroot=$2 p=$3 out=$4 d=$ROOT/tests/data/setjmp
	shift 4
	local extra=()
	if [ "$p" = edge ]; then
		# Only the optimisation level: clang-22 aborts on
		# -mllvm -wasm-use-legacy-eh=false without the setjmp flag.
		local a oflags=()
		for a in "$@"; do
			case "$a" in -O*) oflags+=("$a") ;; esac
		done
		run -0 env PATH="$PATH_NO_WASM_OPT" "$CLANG" --target="$target" --sysroot="$sysroot" "${oflags[@]}" \
			-c "$d/noflag.c" -o "$BATS_TEST_TMPDIR/noflag.o"
		extra=("$BATS_TEST_TMPDIR/noflag.o")
	fi
	run -0 env PATH="$PATH_NO_WASM_OPT" "$CLANG" --target="$target" --sysroot="$sysroot" "${SJLJ[@]}" \
		"${STACK[@]}" -Wall -Wextra -Werror "$@" "$d/$p.c" "${extra[@]}" -o "$out"
}

# same_as_glibc TARGET SYSROOT PROGRAM FLAGS...
same_as_glibc() {
	local target=$1 sysroot=$2 p=$3
	shift 3
	build "$target" "$sysroot" "$p" "$BATS_TEST_TMPDIR/$p.wasm" "$@"
	run -0 "$RUN" "$BATS_TEST_TMPDIR/$p.wasm"
	assert_output "$(cat "$BATS_FILE_TMPDIR/$p.expected")"
}

@test "setjmp.h without -mllvm -wasm-enable-sjlj: an #error naming the flag (wasm64, wasm32)" {
	for t in "wasm64 $SYSROOT" "wasm32 $ROOT/sysroot32"; do
		set -- $t
		run -1 "$CLANG" --target="$1" --sysroot="$2" -c "$ROOT/tests/data/setjmp/unit.c" -o /dev/null
		assert_output --partial "error: \"setjmp/longjmp on WebAssembly need the compiler flag -mllvm -wasm-enable-sjlj"
		refute_output --partial "undefined symbol"
	done
}

@test "libc.a has the lowering's runtime: __wasm_setjmp, __wasm_setjmp_test, __wasm_longjmp, the __c_longjmp tag" {
	for lib in "$SYSROOT/lib/libc.a" "$ROOT/sysroot32/lib/libc.a"; do
		run -0 llvm-nm-22 --quiet --defined-only "$lib"
		for s in __wasm_setjmp __wasm_setjmp_test __wasm_longjmp longjmp _longjmp siglongjmp __sigsetjmp_save; do
			assert_line --regexp " T $s\$"
		done
		assert_line --regexp " D __c_longjmp\$"
	done
}

@test "interpreter core (errors, protected calls, task yields): wasm64 == glibc, -O0" {
	same_as_glibc wasm64 "$SYSROOT" interp -O0
}
@test "interpreter core (errors, protected calls, task yields): wasm64 == glibc, -O2" {
	same_as_glibc wasm64 "$SYSROOT" interp -O2
}
@test "unit-test framework catching failed assertions: wasm64 == glibc, -O0" {
	same_as_glibc wasm64 "$SYSROOT" unit -O0
}
@test "unit-test framework catching failed assertions: wasm64 == glibc, -O2" {
	same_as_glibc wasm64 "$SYSROOT" unit -O2
}
@test "edge cases (nesting, 5000 frames, frames without the flag, signal handlers, masks): wasm64 == glibc, -O0" {
	same_as_glibc wasm64 "$SYSROOT" edge -O0
}
@test "edge cases (nesting, 5000 frames, frames without the flag, signal handlers, masks): wasm64 == glibc, -O2" {
	same_as_glibc wasm64 "$SYSROOT" edge -O2
}
@test "all three with the standard exception encoding (-mllvm -wasm-use-legacy-eh=false): wasm64 == glibc" {
	for p in interp unit edge; do
		same_as_glibc wasm64 "$SYSROOT" "$p" -O2 -mllvm -wasm-use-legacy-eh=false
	done
}
@test "all three for wasm32 (sysroot32): == glibc, -O2" {
	for p in interp unit edge; do
		same_as_glibc wasm32 "$ROOT/sysroot32" "$p" -O2
	done
}

@test "a longjmp to a function that has returned ends the program with a trap, nothing else" {
	build wasm64 "$SYSROOT" edge "$BATS_TEST_TMPDIR/edge.wasm" -O2
	run -134 "$RUN" "$BATS_TEST_TMPDIR/edge.wasm" stale
	assert_line --index 0 "jumping to a returned function"
	assert_output --partial "uncaught exception"
	refute_output --partial "came back"
}

@test "Node (legacy encoding): the three programs print what glibc prints; a stale longjmp is a trap" {
	native_pass_only "Node runs the module, not wasm64-run"
	for p in interp unit edge; do
		build wasm64 "$SYSROOT" "$p" "$BATS_TEST_TMPDIR/$p.wasm" -O2
		run -0 node --experimental-wasm-memory64 "$ROOT/js/run.mjs" "$BATS_TEST_TMPDIR/$p.wasm"
		assert_output "$(cat "$BATS_FILE_TMPDIR/$p.expected")"
	done
	run -134 node --experimental-wasm-memory64 "$ROOT/js/run.mjs" "$BATS_TEST_TMPDIR/edge.wasm" stale
	assert_output --partial "run.mjs: trap: uncaught exception"
}
