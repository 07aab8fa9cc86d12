#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Exception handling through the JS host: Chromium runs both encodings,
# Node 20 the legacy one only.  Each program must print in Chromium (the
# page of examples/browser/, through tests/data/js/browser-run.mjs) what it
# prints in wasm64-run, and end with the same status: 134 for an
# exception nothing catches.  The programs: tests/data/eh-standard-prog.wat
# (try_table, throw, throw_ref, exnref) and the three setjmp programs of
# tests/data/setjmp, built as tests/42-setjmp.bats builds them, in the
# legacy encoding (clang's default) and the standard one.

SJLJ=(-mllvm -wasm-enable-sjlj)
STACK=(-Wl,-z,stack-size=2097152)
STANDARD=(-mllvm -wasm-use-legacy-eh=false)

setup_file() {
	load helpers
	"$NPM_BIN/wat2wasm" --enable-all --debug-names "$ROOT/tests/data/eh-standard-prog.wat" \
		-o "$BATS_FILE_TMPDIR/standard.wasm"
	local d=$ROOT/tests/data/setjmp p enc
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm64 --sysroot="$SYSROOT" -O2 \
		-c "$d/noflag.c" -o "$BATS_FILE_TMPDIR/noflag.o"
	for p in interp unit edge; do
		local extra=()
		[ "$p" = edge ] && extra=("$BATS_FILE_TMPDIR/noflag.o")
		for enc in legacy standard; do
			local flags=()
			[ "$enc" = standard ] && flags=("${STANDARD[@]}")
			PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm64 --sysroot="$SYSROOT" -O2 \
				"${SJLJ[@]}" "${flags[@]}" "${STACK[@]}" -Wall -Wextra -Werror \
				"$d/$p.c" "${extra[@]}" -o "$BATS_FILE_TMPDIR/$p-$enc.wasm"
		done
	done
}

setup() {
	load helpers
	native_pass_only "Node or Chromium runs the module, not wasm64-run"
	T="$BATS_TEST_TMPDIR"
	F="$BATS_FILE_TMPDIR"
	BROWSER="$ROOT/tests/data/js/browser-run.mjs"
	cd "$T"
}

# browser ARGS...: run.mjs's command line, in Chromium; skips the test
# (with Chromium's reason) only when Chromium cannot start at all.
browser() {
	run --separate-stderr node "$BROWSER" --profile "$T/profile" "$@"
	if [ "$status" -eq 77 ]; then
		skip "$output"
	fi
}

# same_in_chromium MODULE ARGS...: Chromium prints what wasm64-run prints
# and ends with its status; leaves wasm64-run's in $want_output / $want_status.
same_in_chromium() {
	run --separate-stderr "$RUN" "$@"
	want_output=$output want_status=$status
	browser --status "$T/status.txt" "$@"
	assert_equal "chromium status $status" "chromium status $want_status"
	assert_equal "$output" "$want_output"
}

# Does this node compile the standard encoding (exnref)?  Node 20 does not.
node_has_exnref() {
	node -e 'new WebAssembly.Module(new Uint8Array([0,0x61,0x73,0x6d,1,0,0,0,1,5,1,0x60,0,1,0x69]))' 2>/dev/null
}

@test "Chromium, standard encoding: try_table/throw/throw_ref/exnref program == wasm64-run" {
	same_in_chromium "$F/standard.wasm"
	assert_equal "$want_status" 0
	assert_equal "$want_output" $'c1 42\nc2 5\nc3 3\nc4 7\nc5 4294971956\nc6 1000'
	assert_equal "$(cat "$T/status.txt")" "exit status 0 (64-bit memory)"
}

@test "Chromium, standard encoding: an uncaught exception ends the program with status 134, output kept" {
	same_in_chromium "$F/standard.wasm" throw
	assert_equal "$want_status" 134
	assert_equal "${#lines[@]}" 6
	assert_equal "$(cat "$T/status.txt")" "trap: uncaught exception (exit status 134)"
	run -134 "$RUN" "$F/standard.wasm" throw
	assert_output --partial "wasm64-run: trap: uncaught exception (tag boom)"
}

@test "Chromium, legacy encoding: the three setjmp programs == wasm64-run" {
	for p in interp unit edge; do
		same_in_chromium "$F/$p-legacy.wasm"
		assert_equal "$want_status" 0
		[ -n "$want_output" ]
	done
}

@test "Chromium, standard encoding: the three setjmp programs == wasm64-run" {
	for p in interp unit edge; do
		same_in_chromium "$F/$p-standard.wasm"
		assert_equal "$want_status" 0
	done
}

@test "Chromium, both encodings: a longjmp to a returned function is a trap (134), as in wasm64-run" {
	for enc in legacy standard; do
		same_in_chromium "$F/edge-$enc.wasm" stale
		assert_equal "$want_status" 134
		assert_equal "$(cat "$T/status.txt")" "trap: uncaught exception (exit status 134)"
	done
}

@test "Node 20: the legacy encoding runs (setjmp programs == wasm64-run); the standard one is refused at compile time, exit 1" {
	for p in interp unit edge; do
		run -0 "$RUN" "$F/$p-legacy.wasm"
		local want=$output
		run -0 node --experimental-wasm-memory64 "$ROOT/js/run.mjs" "$F/$p-legacy.wasm"
		assert_output "$want"
	done
	run -134 node --experimental-wasm-memory64 "$ROOT/js/run.mjs" "$F/edge-legacy.wasm" stale
	assert_output --partial "run.mjs: trap: uncaught exception"
	if node_has_exnref; then
		# A newer Node runs the standard encoding too: then it must agree.
		run -0 "$RUN" "$F/standard.wasm"
		local want=$output
		run -0 node --experimental-wasm-memory64 "$ROOT/js/run.mjs" "$F/standard.wasm"
		assert_output "$want"
	else
		run -1 node --experimental-wasm-memory64 "$ROOT/js/run.mjs" "$F/standard.wasm"
		assert_output --partial "WebAssembly.compile()"
	fi
}
