#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# examples/bigmem: a C program that allocates more than 4 GiB (6 GiB by
# default), fills it, indexes it and checks a checksum known in advance —
# in wasm64-run and in Chromium (V8 allows one memory up to 16 GiB).
# Needs about 7 GiB of free host memory per run; skips, saying so, when the
# machine has less.

setup_file() {
	load helpers
	mkdir -p "$BATS_FILE_TMPDIR/prog"
	cc "$BATS_FILE_TMPDIR/prog/bigmem.wasm" "$ROOT/examples/bigmem/bigmem.c" -O2 -Wall -Wextra -Werror
}

setup() {
	load helpers
	P="$BATS_FILE_TMPDIR/prog"
	local avail
	avail=$(awk '/MemAvailable/ { print int($2 / 1048576) }' /proc/meminfo)
	[ "$avail" -ge 8 ] ||
		skip "bigmem needs 8 GiB of available memory, this machine has ${avail} GiB (MemAvailable)"
}

# check_bigmem: the output of a default (6 GiB) run is right, and the
# index really lies above 4 GiB.
check_bigmem() {
	assert_equal "$status" 0
	assert_line --regexp '^records: 23685481 x 256 bytes = 5\.65 GiB at 0x[0-9a-f]+$'
	assert_line --regexp '^index:   33554432 buckets = 0\.25 GiB at 0x[0-9a-f]+$'
	assert_line 'checksum: 841503003459301 (expected 841503003459301), 23685481 of 23685481 records found: ok'
	assert_line --regexp '^time: [0-9]+\.[0-9][0-9] s$'
	local addr
	addr=$(printf '%s\n' "$output" | sed -n 's/^index: .* at \(0x[0-9a-f]*\)$/\1/p')
	[ $((addr)) -ge $((1 << 32)) ]
}

@test "bigmem: 6 GiB in wasm64-run, index above 4 GiB, checksum ok" {
	native_pass_only "6 GiB take minutes under ASan; past 4 GiB is covered there by 31-malloc's 5 GiB heap"
	run --separate-stderr "$RUN" "$P/bigmem.wasm"
	check_bigmem
	assert_equal "$stderr" ""
}

@test "bigmem: a small run agrees with the checksum formula; bad sizes and a size past --max-memory exit 2" {
	run --separate-stderr "$RUN" "$P/bigmem.wasm" 0.01
	assert_equal "$status" 0
	assert_line 'checksum: 2337393700 (expected 2337393700), 39475 of 39475 records found: ok'
	run --separate-stderr "$RUN" "$P/bigmem.wasm" -1
	assert_equal "$status" 2
	assert_equal "$stderr" "bigmem: size -1: give GiB as a positive number"
	run --separate-stderr "$RUN" --max-memory 1G "$P/bigmem.wasm" 2
	assert_equal "$status" 2
	assert_equal "$stderr" "bigmem: cannot allocate 2.01 GiB"
}

@test "bigmem: 6 GiB in Chromium, same output but the time" {
	native_pass_only "Chromium runs the module, not wasm64-run"
	run --separate-stderr node "$ROOT/tests/data/js/browser-run.mjs" --timeout 600 \
		--profile "$BATS_TEST_TMPDIR/profile" "$P/bigmem.wasm"
	[ "$status" -ne 77 ] || skip "$output"
	check_bigmem
}
