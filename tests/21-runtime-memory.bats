#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Memories: past 4 GiB, the --max-memory cap, bounds checks at the end.

setup() {
	load helpers
	wat "$BATS_TEST_TMPDIR/big.wasm" "$ROOT/tests/data/bigmem.wat"
}

# Skips (visibly) when the machine cannot back a 5 GiB memory.
need_memory_gib() {
	local have
	have=$(awk '/MemAvailable/ { print int($2 / 1048576) }' /proc/meminfo)
	[ "$have" -ge "$1" ] || skip "needs $1 GiB of available memory, this machine has $have GiB"
}

@test "a 64-bit memory grows to 5 GiB and is usable above 4 GiB" {
	need_memory_gib 6
	run -0 "$RUN" "$BATS_TEST_TMPDIR/big.wasm"
	assert_output ""
}

@test "one byte past the end of a 5 GiB memory traps" {
	need_memory_gib 6
	run -134 "$RUN" "$BATS_TEST_TMPDIR/big.wasm" touch-the-end
	assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
}

@test "--max-memory caps growth: memory.grow returns -1, nothing aborts" {
	run -2 "$RUN" --max-memory 4G "$BATS_TEST_TMPDIR/big.wasm"
	assert_output ""
	run -0 "$RUN" --max-memory 5G "$BATS_TEST_TMPDIR/big.wasm"
}

@test "--max-memory below a module's minimum is a clear instantiation error" {
	cat >"$BATS_TEST_TMPDIR/min.wat" <<'WAT'
(module (memory (export "memory") i64 100) (func (export "_start")))
WAT
	wat "$BATS_TEST_TMPDIR/min.wasm" "$BATS_TEST_TMPDIR/min.wat"
	run -1 "$RUN" --max-memory 1M "$BATS_TEST_TMPDIR/min.wasm"
	assert_output --partial "memory of 100 pages exceeds the limit of 16 pages (--max-memory)"
}

@test "--max-memory rejects a malformed size" {
	run -2 "$RUN" --max-memory lots "$BATS_TEST_TMPDIR/big.wasm"
	assert_output --partial "--max-memory lots: expected a size such as 4G"
}
