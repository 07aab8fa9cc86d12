#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The allocator (libc/src/malloc/): natively under ASan/UBSan (the top half
# against tests/malloc/native_memory.c, built by libc/malloc.mk), and in
# wasm64-run with the sysroot.  The C programs are in tests/malloc/.

setup() {
	load helpers
	NATIVE="$ROOT/build/malloc-native"
}

setup_file() {
	# The native test programs (make check builds them first; this keeps
	# `tests/run tests/31-malloc.bats` honest after an edit).
	make -s -C "$BATS_TEST_DIRNAME/.." build/malloc-native/stress build/malloc-native/checker \
		build/malloc-native/fit >/dev/null
}

# wasm_prog NAME [FLAGS...]: build tests/malloc/NAME.c with the sysroot.
# Programs that look at the heap's internals (w64_malloc.h) are built with
# -fno-builtin: they read allocator headers around blocks, which clang could
# otherwise treat as allocations it may remove.
wasm_prog() {
	local name=$1
	shift
	cc "$BATS_TEST_TMPDIR/$name.wasm" "$ROOT/tests/malloc/$name.c" -I "$ROOT/tests/libc" "$@"
}

# assert_stress MIN_STEPS: the run passed, and printed its figures.
assert_stress() {
	assert_success
	assert_line 'stress: ok'
	assert_line --regexp "^stress: steps $1, checks $(($1 + 2)), "
	# The figures, for the record (bats shows them with --verbose-run or on failure).
	printf '# %s\n' "${lines[0]}" >&3
}

# figure NAME: a number from the stress summary line.
figure() {
	printf '%s\n' "${lines[0]}" | sed -n "s/.*$1 \\([0-9]*\\).*/\\1/p"
}

@test "native stress, ASan/UBSan: 150k random steps, heap checked after each" {
	native_pass_only "a native build with its own ASan/UBSan"
	run "$NATIVE/stress" -n 150000 -s 1
	assert_stress 150000
	[ "$(figure 'max segments')" -eq 1 ]
	[ "$(figure 'out of memory')" -eq 0 ]
	[ "$(figure 'max footprint')" -gt $((64 << 20)) ]
	[ "$(figure 'in place')" -gt 0 ]
}

@test "native stress: another allocator grows the memory too (segments, canaries)" {
	native_pass_only "a native build with its own ASan/UBSan"
	run "$NATIVE/stress" -n 100000 -s 2 -f 30
	assert_stress 100000
	[ "$(figure 'foreign grows')" -gt 100 ]
	[ "$(figure 'max segments')" -gt 10 ]
}

@test "native stress: memory capped at 48 MiB, failures are clean ENOMEM" {
	native_pass_only "a native build with its own ASan/UBSan"
	run "$NATIVE/stress" -n 100000 -s 3 -l 48 -f 5
	assert_stress 100000
	[ "$(figure 'out of memory')" -gt 0 ]
	[ "$(figure 'max footprint')" -le $((48 << 20)) ]
}

@test "native stress: small blocks only, 4000 slots" {
	native_pass_only "a native build with its own ASan/UBSan"
	run "$NATIVE/stress" -n 100000 -s 4 -k 4000 -m 2048
	assert_stress 100000
}

@test "native: the checker names each kind of damage" {
	native_pass_only "a native build with its own ASan/UBSan"
	run "$NATIVE/checker"
	assert_success
	refute_output --partial FAIL
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "native: best fit for large requests, exact fit for small ones" {
	native_pass_only "a native build with its own ASan/UBSan"
	run "$NATIVE/fit"
	assert_success
	refute_output --partial FAIL
	assert_line --regexp '^fit: best fits [1-9][0-9]* \(exact [1-9][0-9]*\), dv [1-9][0-9]*, top [1-9][0-9]*, small exact fits [1-9][0-9]*$'
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "wasm: malloc/free/calloc/realloc/aligned allocation from a plain program, -O0" {
	wasm_prog api -O0
	run "$RUN" "$BATS_TEST_TMPDIR/api.wasm"
	assert_success
	refute_output --partial FAIL
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "wasm: malloc/free/calloc/realloc/aligned allocation from a plain program, -O2" {
	wasm_prog api -O2
	run "$RUN" "$BATS_TEST_TMPDIR/api.wasm"
	assert_success
	refute_output --partial FAIL
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "wasm: stress with foreign memory.grow calls, heap checked after each step" {
	wasm_prog stress -O2 -fno-builtin -I "$ROOT/libc/internal"
	run "$RUN" "$BATS_TEST_TMPDIR/stress.wasm" -n 6000 -s 5 -k 300 -m 600000 -f 20
	assert_stress 6000
	[ "$(figure 'foreign grows')" -gt 50 ]
	[ "$(figure 'max segments')" -gt 5 ]
}

@test "wasm: stress under wasm64-run --max-memory 24M, failures are clean ENOMEM" {
	wasm_prog stress -O2 -fno-builtin -I "$ROOT/libc/internal"
	run "$RUN" --max-memory 24M "$BATS_TEST_TMPDIR/stress.wasm" -n 4000 -s 6 -k 300 -m 3000000 -l 24
	assert_stress 4000
	[ "$(figure 'out of memory')" -gt 0 ]
}

@test "wasm: the checker names each kind of damage" {
	wasm_prog checker -O2 -fno-builtin -I "$ROOT/libc/internal"
	run "$RUN" "$BATS_TEST_TMPDIR/checker.wasm"
	assert_success
	refute_output --partial FAIL
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "wasm: best fit for large requests, exact fit for small ones" {
	wasm_prog fit -O2 -fno-builtin -I "$ROOT/libc/internal"
	run "$RUN" "$BATS_TEST_TMPDIR/fit.wasm"
	assert_success
	refute_output --partial FAIL
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "wasm: double free, foreign pointer and realloc of a freed block abort with a message" {
	wasm_prog bad_free -O2
	local mode msg
	for mode in double misaligned realloc; do
		case $mode in
		double) msg='malloc: free: pointer not in use (double free?)' ;;
		misaligned) msg='malloc: free: pointer not from malloc (misaligned)' ;;
		realloc) msg='malloc: realloc: pointer not in use (double free?)' ;;
		esac
		run -134 --separate-stderr "$RUN" "$BATS_TEST_TMPDIR/bad_free.wasm" "$mode"
		[ "${stderr_lines[0]}" = "$msg" ] || fail "$mode: stderr was: $stderr"
	done
	run -0 "$RUN" "$BATS_TEST_TMPDIR/bad_free.wasm" none
}

@test "wasm: a 5 GiB heap past 4 GiB, every page written and checked" {
	local available
	available=$(free -b | awk '/^Mem:/ { print $7 }')
	if [ "$available" -lt $((6 << 30)) ]; then
		skip "needs 6 GiB of available memory, free -b shows $available bytes"
	fi
	wasm_prog big -O2 -fno-builtin -I "$ROOT/libc/internal"
	run "$RUN" "$BATS_TEST_TMPDIR/big.wasm"
	assert_success
	refute_output --partial FAIL
	assert_line --regexp '^big: blocks 20 x 268435456 bytes, heap end at [0-9]+, footprint [0-9]+, memory pages [0-9]+$'
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
	printf '# %s\n' "${lines[0]}" >&3
}
