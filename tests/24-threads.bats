#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Threads: shared memories, atomics across host threads, wait/notify,
# wasi-threads' thread-spawn and how a threaded program ends
# (tests/data/threads/*.wat; docs/runtime.md, Threads).

setup() {
	load helpers
	T="$BATS_TEST_TMPDIR"
	D="$ROOT/tests/data/threads"
}

@test "8 wasm32 threads add to shared counters with atomic.rmw.add: exactly 8 x 100000" {
	wat "$T/c.wasm" "$D/counter32.wat"
	run -0 "$RUN" "$T/c.wasm"
	assert_output $'800000\n800000'
}

@test "the same on a 64-bit shared memory with the wasm64 ABI (i64 start_arg)" {
	wat "$T/c.wasm" "$D/counter64.wat"
	run -0 "$RUN" "$T/c.wasm"
	assert_output $'800000\n800000'
}

@test "a wasm32 threaded module converted by wasm64-rewrite --to64 runs over a 64-bit shared memory" {
	# The rewriter beside the runtime (the ThreadSanitizer build has none).
	local rewrite="$(dirname "$RUN")/wasm64-rewrite"
	[ -x "$rewrite" ] || rewrite="$ROOT/build/native/bin/wasm64-rewrite"
	wat "$T/c.wasm" "$D/counter32.wat"
	run -0 "$rewrite" --to64 "$T/c.wasm" -o "$T/c64.wasm"
	run -0 "$RUN" "$T/c64.wasm"
	assert_output $'800000\n800000'
}

@test "wait32/64: 1 not-equal, 2 timed-out (also with timeout 0); notify with no waiter: 0" {
	wat "$T/w.wasm" "$D/waits.wat"
	local f want
	for f in not_equal:1 not_equal64:1 timed_out:2 timed_out64:2 zero_timeout:2 notify_nobody:0; do
		want=${f#*:}
		run -0 "$RUN" --invoke "${f%:*}" "$T/w.wasm"
		assert_output "i32:$want"
	done
}

@test "wait: bounds, then alignment, are checked first; a shared memory grows" {
	wat "$T/w.wasm" "$D/waits.wat"
	run -134 "$RUN" --invoke unaligned "$T/w.wasm"
	assert_line --index 0 "wasm64-run: trap: unaligned atomic"
	run -134 "$RUN" --invoke out_of_bounds "$T/w.wasm"
	assert_line --index 0 "wasm64-run: trap: out of bounds memory access"
	run -0 "$RUN" --invoke grow "$T/w.wasm"
	assert_output $'i32:1\ni32:2'
}

@test "on an unshared memory a wait traps and notify wakes nobody" {
	wat "$T/u.wasm" "$D/unshared.wat"
	run -134 "$RUN" --invoke wait "$T/u.wasm"
	assert_line --index 0 "wasm64-run: trap: expected shared memory"
	run -0 "$RUN" --invoke notify "$T/u.wasm"
	assert_output "i32:0"
}

@test "notify wakes at most count waiters and returns how many it woke; woken waits return 0" {
	wat "$T/k.wasm" "$D/wakeups.wat"
	run -0 "$RUN" "$T/k.wasm"
	# notify(count 0) woke 0; 3 woken in all; no notify woke more than 2;
	# the three waits returned 0 ("ok").
	assert_output $'0\n3\n2\n0'
}

@test "a trap in a worker thread ends the program: 134, the trap and its backtrace" {
	wat "$T/e.wasm" "$D/ends.wat"
	run -134 "$RUN" --invoke trap_in_worker "$T/e.wasm"
	assert_line --index 0 "wasm64-run: trap: unreachable"
	assert_line --index 1 --regexp '^  at func [0-9]+$'
}

@test "proc_exit in a worker thread ends the program with its status" {
	wat "$T/e.wasm" "$D/ends.wat"
	run -7 "$RUN" --invoke exit_in_worker "$T/e.wasm"
	assert_output ""
}

@test "proc_exit in the main thread ends it while workers wait and spin" {
	wat "$T/e.wasm" "$D/ends.wat"
	run -3 "$RUN" --invoke exit_in_main "$T/e.wasm"
	assert_output ""
}

@test "the main function returning ends the program while workers still run" {
	wat "$T/e.wasm" "$D/ends.wat"
	run -0 "$RUN" --invoke return_while_running "$T/e.wasm"
	assert_output "i32:42"
}

@test "--max-threads: past the limit thread-spawn returns -EAGAIN (-6), and one line says so" {
	wat "$T/e.wasm" "$D/ends.wat"
	run -0 --separate-stderr "$RUN" --max-threads 3 --invoke spawn_until_refused "$T/e.wasm"
	assert_output $'i32:3\ni32:4294967290'
	[ "$stderr" = "wasm64-run: thread-spawn refused: 3 threads already run (the limit, --max-threads); the program gets EAGAIN" ]
	run -2 "$RUN" --max-threads 0 --invoke spawn_until_refused "$T/e.wasm"
	assert_output --partial "--max-threads 0: expected a positive count"
}

@test "threads that returned give their place back: 60 threads one after the other under --max-threads 4" {
	wat "$T/e.wasm" "$D/ends.wat"
	# 10 runs: the last thread's return and the program's end race, and
	# either order must end the same (under the sanitizers, with no leak
	# report: what a thread still running at the end keeps is no leak).
	for i in $(seq 10); do
		run -0 --separate-stderr "$RUN" --max-threads 4 --invoke many_short "$T/e.wasm"
		assert_output "i32:60"
		[ -z "$stderr" ] || [[ "$stderr" == "wasm64-run: thread-spawn refused: 4 threads already run"* &&
			"$stderr" != *$'\n'* ]] || fail "run $i: $stderr"
	done
}

@test "a threaded module must import its memory, and thread-spawn must have a wasi-threads type" {
	cat >"$T/own.wat" <<-'EOF'
	(module
	  (import "wasi" "thread-spawn" (func (param i32) (result i32)))
	  (memory 1 1 shared)
	  (func (export "_start")))
	EOF
	wat "$T/own.wasm" "$T/own.wat"
	run -1 "$RUN" "$T/own.wasm"
	assert_output --partial "the module defines its memory; a threaded module must import it (shared)"
	cat >"$T/bad.wat" <<-'EOF'
	(module
	  (import "wasi" "thread-spawn" (func (param f32) (result i32)))
	  (import "env" "memory" (memory 1 1 shared))
	  (func (export "_start")))
	EOF
	wat "$T/bad.wasm" "$T/bad.wat"
	run -1 "$RUN" "$T/bad.wasm"
	assert_output --partial "import wasi.thread-spawn: type must be (i32) -> i32 (wasm32) or (i64) -> i32 (wasm64)"
	cat >"$T/unshared.wat" <<-'EOF'
	(module
	  (import "wasi" "thread-spawn" (func (param i32) (result i32)))
	  (import "env" "memory" (memory 1 1))
	  (func (export "_start")))
	EOF
	wat "$T/unshared.wasm" "$T/unshared.wat"
	run -1 "$RUN" "$T/unshared.wasm"
	assert_output --partial "import wasi.thread-spawn: memory 0 is not shared; a threaded module must import it shared"
}

@test "a C program built by clang (C11 atomics, wait/notify builtins, no libc) runs its threads in both widths" {
	local t
	for t in wasm32 wasm64; do
		PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=$t -O2 -matomics -mbulk-memory -nostdlib \
			-Wl,--import-memory,--shared-memory,--max-memory=1048576,--export=_start \
			"$D/spawn.c" -o "$T/spawn-$t.wasm"
		run -0 "$RUN" "$T/spawn-$t.wasm"
		assert_output $'300000\n300000'
	done
}

@test "threads spawn threads at the same time: all 20 run" {
	wat "$T/n.wasm" "$D/nested.wat"
	run -20 "$RUN" "$T/n.wasm"
	assert_output ""
}
