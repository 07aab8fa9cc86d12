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

@test "atomics on an unshared memory: bounds then natural alignment checked, no waiting" {
	local T="$BATS_TEST_TMPDIR"
	cat >"$T/a.wat" <<'WAT'
(module
  (memory 1 1)
  (func (export "rmw8") (result i32)
    (i32.atomic.store (i32.const 0) (i32.const 0x1ff))
    ;; old byte 0xff; 0xff + 0x02 wraps to 0x01 in the byte only
    (i32.add (i32.mul (i32.atomic.rmw8.add_u (i32.const 0) (i32.const 0x102)) (i32.const 0x10000))
             (i32.atomic.load (i32.const 0))))
  (func (export "cmpxchg16") (result i64)
    (i64.atomic.store16 (i32.const 2) (i64.const 0xbeef))
    ;; the expected value is compared in 16 bits: 0x1beef matches 0xbeef
    (drop (i64.atomic.rmw16.cmpxchg_u (i32.const 2) (i64.const 0x1beef) (i64.const 0x11234)))
    (drop (i64.atomic.rmw16.cmpxchg_u (i32.const 2) (i64.const 0xbeef) (i64.const 0x5555)))
    (i64.atomic.load16_u (i32.const 2)))
  (func (export "notify") (result i32) (memory.atomic.notify (i32.const 4) (i32.const 1)))
  (func (export "wait") (result i32) (memory.atomic.wait32 (i32.const 4) (i32.const 0) (i64.const 0)))
  (func (export "unaligned") (result i32) (i32.atomic.load offset=2 (i32.const 0)))
  (func (export "unaligned_end") (result i32) (i32.atomic.load (i32.const 65535)))
  (func (export "oob") (result i64) (i64.atomic.rmw.add (i32.const 65536) (i64.const 1))))
WAT
	# 64-bit addresses: a wasm64 memory.
	cat >"$T/a64.wat" <<'WAT'
(module
  (memory i64 1 1)
  (func (export "rmw64") (result i64)
    (i64.atomic.store (i64.const 8) (i64.const 100))
    (drop (i64.atomic.rmw.sub (i64.const 8) (i64.const 1)))
    (drop (i64.atomic.rmw.or (i64.const 8) (i64.const 0x100)))
    (drop (i64.atomic.rmw.xor (i64.const 8) (i64.const 3)))
    (drop (i64.atomic.rmw.and (i64.const 8) (i64.const 0xffff)))
    (atomic.fence)
    (i64.add (i64.atomic.rmw.xchg (i64.const 8) (i64.const 7))
             (i64.mul (i64.atomic.load (i64.const 8)) (i64.const 1000))))
  (func (export "oob64") (result i32) (i32.atomic.load offset=0xfffffffffffffffc (i64.const 4))))
WAT
	wat "$T/a.wasm" "$T/a.wat"
	wat "$T/a64.wasm" "$T/a64.wat"
	run -0 "$RUN" --invoke rmw8 "$T/a.wasm"
	assert_output "i32:16711937" # 0xff << 16 | 0x101
	run -0 "$RUN" --invoke cmpxchg16 "$T/a.wasm"
	assert_output "i64:4660" # 0x1234: the second exchange expected 0xbeef
	run -0 "$RUN" --invoke rmw64 "$T/a64.wasm"
	assert_output "i64:7352" # ((99 | 0x100) ^ 3) & 0xffff = 0x160 = 352; 352 + 7 * 1000
	run -134 "$RUN" --invoke oob64 "$T/a64.wasm" # the effective address wraps
	assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
	run -0 "$RUN" --invoke notify "$T/a.wasm"
	assert_output "i32:0"
	run -134 "$RUN" --invoke wait "$T/a.wasm"
	assert_line --index 0 "wasm64-run: trap: expected shared memory"
	run -134 "$RUN" --invoke unaligned "$T/a.wasm"
	assert_line --index 0 "wasm64-run: trap: unaligned atomic"
	run -134 "$RUN" --invoke unaligned_end "$T/a.wasm" # both: bounds first, as in V8
	assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
	run -134 "$RUN" --invoke oob "$T/a.wasm"
	assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
	# A shared memory runs (tests/24-threads.bats has the rest).
	printf '(module (memory 1 1 shared) (func (export "x") (result i32) (i32.atomic.load (i32.const 0))))' >"$T/s.wat"
	wat "$T/s.wasm" "$T/s.wat"
	run -0 "$RUN" --invoke x "$T/s.wasm"
	assert_output "i32:0"
}
