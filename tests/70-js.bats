#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The JS host (js/wasm64-host.mjs): in Node through run.mjs, and in
# Debian's headless Chromium through the page in examples/browser/.  The
# same programs must print the same stdout and exit with the same status
# under wasm64-run, Node and Chromium: hello.c with arguments, cli.c, and
# tests/data/wasi/fs.c, whose scenarios use files through preopens (--dir
# for wasm64-run; run.mjs and the page load the same files into the
# in-memory file system).

setup_file() {
	load helpers
	local p="$BATS_FILE_TMPDIR/prog" src="$ROOT/tests/data/wasi"
	mkdir -p "$p"
	cc "$p/hello.wasm" "$ROOT/examples/hello.c"
	cc "$p/cli.wasm" "$ROOT/tests/data/cli.c"
	cc "$p/fs64.wasm" "$src/fs.c" -O2 -Wall -Wextra -Werror
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32-wasip1 -ffreestanding -nostdlib -O2 \
		-Wall -Wextra -Werror "$src/fs.c" "$src/start32.c" -o "$p/fs32.wasm"
	# run.mjs caches what it lowers for Node 20 here, once per file.
	export XDG_CACHE_HOME="$BATS_FILE_TMPDIR/cache"
}

setup() {
	load helpers
	P="$BATS_FILE_TMPDIR/prog"
	T="$BATS_TEST_TMPDIR"
	RUNMJS="$ROOT/js/run.mjs"
	BROWSER="$ROOT/tests/data/js/browser-run.mjs"
	mkdir -p "$T/box" "$T/other"
	snapshot_dirs
	cd "$T"
}

# Each host runs on its own copy of box/ and other/ as they are now:
# wasm64-run changes the host directories, run.mjs and the page only their
# in-memory copies.
snapshot_dirs() {
	rm -rf "$T/pristine"
	mkdir "$T/pristine"
	cp -a "$T/box" "$T/other" "$T/pristine/"
}
reset_dirs() {
	rm -rf "$T/box" "$T/other"
	cp -a "$T/pristine/box" "$T/pristine/other" "$T/"
}

# Does this node compile 64-bit tables (Node 20 does not)?
node_has_table64() {
	node -e 'new WebAssembly.Module(new Uint8Array([0,0x61,0x73,0x6d,1,0,0,0,4,4,1,0x70,4,0]))' 2>/dev/null
}

# browser ARGS...: run.mjs's command line, in Chromium; skips the test
# (with Chromium's reason) only when Chromium cannot start at all.
browser() {
	run --separate-stderr node "$BROWSER" --profile "$T/profile" "$@"
	if [ "$status" -eq 77 ]; then
		skip "$output"
	fi
}

# same_everywhere [--no-browser] [--stdin FILE] [OPTIONS] MODULE ARGS...:
# wasm64-run, run.mjs and (unless --no-browser) the page give the same
# stdout and exit status; leaves wasm64-run's in $want_output / $want_status.
same_everywhere() {
	local browser=1 input=/dev/null
	if [ "$1" = --no-browser ]; then
		browser=0
		shift
	fi
	if [ "$1" = --stdin ]; then
		input=$2
		shift 2
	fi
	reset_dirs
	run --separate-stderr "$RUN" "$@" <"$input"
	want_output=$output want_status=$status
	reset_dirs
	run --separate-stderr node "$RUNMJS" "$@" <"$input"
	assert_equal "node status $status" "node status $want_status"
	assert_equal "$output" "$want_output"
	if [ $browser = 1 ]; then
		reset_dirs
		browser "$@"
		assert_equal "chromium status $status" "chromium status $want_status"
		assert_equal "$output" "$want_output"
	fi
}

# The tree make_sandbox in 40-wasi.bats builds: links out of the preopen,
# absolute links, loops, links that stay inside; plus a directory of 43
# entries for fd_readdir.
make_tree() {
	mkdir -p "$T/box/sub" "$T/outside" "$T/box/big/a dir"
	printf secret >"$T/outside/secret"
	printf inside >"$T/box/inside.txt"
	ln -s ../outside/secret "$T/box/link_out"
	ln -s ../outside "$T/box/link_dir"
	ln -s /etc/passwd "$T/box/link_abs"
	ln -s /etc "$T/box/link_abs_dir"
	ln -s ../.. "$T/box/sub/link_up"
	ln -s ../inside.txt "$T/box/sub/link_in_up"
	ln -s inside.txt "$T/box/link_in"
	ln -s sub "$T/box/link_sub"
	ln -s ../outside/new "$T/box/dangling_out"
	ln -s loop2 "$T/box/loop1"
	ln -s loop1 "$T/box/loop2"
	ln -s inside.txt "$T/box/link"
	local i
	for i in $(seq 1 40); do
		touch "$T/box/big/$(printf "%${i}s" | tr ' ' x)"
	done
	ln -s nowhere "$T/box/big/link"
	snapshot_dirs
}

# --- run.mjs ----------------------------------------------------------------

@test "run.mjs: hello with arguments prints them and exits 0" {
	native_pass_only "Node or Chromium runs the module, not wasm64-run"
	run --separate-stderr -0 node "$RUNMJS" "$P/hello.wasm" one "two words"
	assert_output $'Hello from wasm64!\none\ntwo words'
	assert_equal "$stderr" ""
}

@test "run.mjs: exit statuses and traps as wasm64-run reports them (return, exit, exit -1, div, oob, abort)" {
	native_pass_only "Node or Chromium runs the module, not wasm64-run"
	run -7 node "$RUNMJS" "$P/cli.wasm" return 7
	run -42 node "$RUNMJS" "$P/cli.wasm" exit 42
	run -255 node "$RUNMJS" "$P/cli.wasm" exit -1
	run -0 node "$RUNMJS" "$P/cli.wasm"
	run --separate-stderr -134 node "$RUNMJS" "$P/cli.wasm" div
	assert_equal "${stderr_lines[0]}" "run.mjs: trap: divide by zero"
	# The frames name the functions (wasm-opt -g keeps the name section).
	[[ "${stderr_lines[1]}" == *"main (wasm://wasm/"* ]]
	run --separate-stderr -134 node "$RUNMJS" "$P/cli.wasm" oob
	assert_equal "${stderr_lines[0]}" "run.mjs: trap: memory access out of bounds"
	run --separate-stderr -134 node "$RUNMJS" "$P/cli.wasm" abort
	assert_equal "${stderr_lines[0]}" "run.mjs: trap: unreachable"
}

@test "run.mjs: usage errors exit 2, unreadable modules and bad --dir exit 1" {
	native_pass_only "Node or Chromium runs the module, not wasm64-run"
	run -2 node "$RUNMJS"
	assert_line --index 0 "run.mjs: no module given"
	run -2 node "$RUNMJS" --dir "::x" "$P/hello.wasm"
	assert_line --index 0 "run.mjs: --dir ::x: expected HOST[::GUEST]"
	run -2 node "$RUNMJS" --frobnicate "$P/hello.wasm"
	assert_line --index 0 "run.mjs: unknown option --frobnicate"
	run -1 node "$RUNMJS" "$T/missing.wasm"
	assert_output --partial "run.mjs: $T/missing.wasm: ENOENT"
	printf 'not wasm' >"$T/junk.wasm"
	run -1 node "$RUNMJS" "$T/junk.wasm"
	assert_output "run.mjs: $T/junk.wasm: malformed module at byte 0: not a WebAssembly binary (bad magic)"
	run -1 node "$RUNMJS" --dir "$T/nope" "$P/hello.wasm"
	assert_output --partial "run.mjs: --dir $T/nope: ENOENT"
	run -0 node "$RUNMJS" --help
	assert_line "  --dir HOST[::GUEST]  copy the host directory HOST into memory and preopen"
}

@test "run.mjs on an engine without table64: lowers with wasm-opt (cached), or says what to do" {
	native_pass_only "Node or Chromium runs the module, not wasm64-run"
	if node_has_table64; then
		# A newer Node: nothing to lower, the module runs as it is.
		run --separate-stderr -0 node "$RUNMJS" --verbose "$P/hello.wasm"
		assert_equal "$stderr" ""
		assert_output "Hello from wasm64!"
		return
	fi
	export XDG_CACHE_HOME="$T/cache"
	run --separate-stderr -0 node "$RUNMJS" --verbose "$P/hello.wasm" x
	assert_equal "$stderr" "run.mjs: 64-bit table: lowered with $ROOT/node_modules/.bin/wasm-opt --table64-lowering (memory and table now 32-bit)"
	assert_output $'Hello from wasm64!\nx'
	# The second run takes the cached module.
	run --separate-stderr -0 node "$RUNMJS" --verbose "$P/hello.wasm" y
	assert_equal "$stderr" "run.mjs: 64-bit table: using the lowered module cached at $T/cache/wasm64-js/table64-lowered-g-$(sha256sum "$P/hello.wasm" | cut -d' ' -f1).wasm"
	assert_output $'Hello from wasm64!\ny'
	# A wasm-opt that cannot lower: exit 1 and the ways out.
	rm -rf "$T/cache"
	run -1 env WASM_OPT=/bin/false node "$RUNMJS" "$P/hello.wasm"
	assert_line --index 0 "run.mjs: $P/hello.wasm: this Node ($(node --version)) cannot compile 64-bit tables, and /bin/false --table64-lowering failed:"
	assert_output --partial "wasm-opt --table64-lowering prog.wasm -o prog.lowered.wasm (no -all)"
	[ ! -e "$T/cache" ]
}

@test "run.mjs: a 64-bit memory without a 64-bit table runs (again under --experimental-wasm-memory64 on Node 20); wasm32 and wasm64 imports side by side" {
	wat "$T/m.wasm" "$ROOT/tests/data/wasi/imports32-mem64.wat"
	run --separate-stderr -3 node "$RUNMJS" --verbose "$T/m.wasm" one two
	assert_output "hello from i32 pointers in a 64-bit memory"
	if node -e 'new WebAssembly.Module(new Uint8Array([0,0x61,0x73,0x6d,1,0,0,0,5,3,1,4,0]))' 2>/dev/null; then
		assert_equal "$stderr" ""
	else
		assert_equal "$stderr" "run.mjs: 64-bit memory: running again under node --experimental-wasm-memory64"
	fi
	# The same under wasm64-run.
	run -3 "$RUN" "$T/m.wasm" one two
	assert_output "hello from i32 pointers in a 64-bit memory"
}

@test "run.mjs: an import type matching neither width, or an unknown WASI function, is a link error naming it, exit 1" {
	native_pass_only "Node or Chromium runs the module, not wasm64-run"
	wat "$T/bad.wasm" "$ROOT/tests/data/wasi/bad-signature.wat"
	run -1 node "$RUNMJS" "$T/bad.wasm"
	assert_output "run.mjs: $T/bad.wasm: import wasi_snapshot_preview1.fd_write: type (i32, i64, i64, i32) -> i32 matches neither wasm32 (i32, i32, i32, i32) -> i32 nor wasm64 (i32, i64, i64, i64) -> i32"
	wat "$T/bad.wasm" "$ROOT/tests/data/wasi/bad-import.wat"
	run -1 node "$RUNMJS" "$T/bad.wasm"
	assert_output "run.mjs: $T/bad.wasm: unknown import wasi_snapshot_preview1.path_frobnicate"
}

@test "run.mjs: a threaded module (wasm64-wasip1-threads) is refused before it runs, naming the import, exit 1" {
	native_pass_only "Node runs the module, not wasm64-run"
	cat >"$T/t.c" <<-'EOF'
	#include <pthread.h>
	#include <stdio.h>
	static void *hello(void *arg) { puts(arg); return NULL; }
	int main(void)
	{
		pthread_t t;
		if (pthread_create(&t, NULL, hello, "hello from a thread")) return 1;
		return pthread_join(t, NULL);
	}
	EOF
	"$CLANG" --target=wasm64-wasip1-threads --sysroot="$SYSROOT" "$T/t.c" -o "$T/t.wasm"
	run -1 --separate-stderr node "$RUNMJS" "$T/t.wasm"
	assert_output ""
	[ "$stderr" = "run.mjs: $T/t.wasm: import wasi.thread-spawn: a threaded module (wasi-threads); this host runs no threads: run it in wasm64-run" ]
	run -0 "$RUN" "$T/t.wasm"
	assert_output "hello from a thread"
	# Built for the threads target without creating a thread, it imports
	# its (shared) memory all the same: refused too, naming the import.
	"$CLANG" --target=wasm64-wasip1-threads --sysroot="$SYSROOT" "$ROOT/examples/hello.c" -o "$T/h.wasm"
	run -1 --separate-stderr node "$RUNMJS" "$T/h.wasm"
	[ "$stderr" = "run.mjs: $T/h.wasm: import env.memory: the module imports its memory (a wasi-threads build); run.mjs runs modules that define their own: run it in wasm64-run" ]
}

@test "host API: preopen trees in and out, stdin and env options, WasiExit, injected clock and sleep, width rules" {
	native_pass_only "Node or Chromium runs the module, not wasm64-run"
	# Node 20 cannot compile the 64-bit tables: give it lowered modules.
	local fs64="$P/fs64.wasm" hello="$P/hello.wasm"
	if ! node_has_table64; then
		"$NPM_BIN/wasm-opt" --table64-lowering "$fs64" -o "$T/fs64.wasm"
		"$NPM_BIN/wasm-opt" --table64-lowering "$hello" -o "$T/hello.wasm"
		fs64="$T/fs64.wasm" hello="$T/hello.wasm"
	fi
	run -0 node "$ROOT/tests/data/js/host-api.mjs" "$fs64" "$P/fs32.wasm" "$hello"
	assert_output - <<-'EOF'
		files: exit: 0
		files: tree after the run: ["f.txt"]
		files: f.txt: JELLO!!
		ls (wasm32): entry . type 3 | entry .. type 3 | entry a dir type 3 | entry bytes type 4 | entry link type 7
		cat stdin string: "from a string\n"
		environ object: "count: 2\nsize: 16\nA=1\nB=two words\n"
		exit status without a scenario: 2
		_start threw: true 2
		poll with a fake clock: poll 10 ms: 0 | nevents 1 userdata 42 error 0 type 0 | slept at least 10 ms | two clocks: nevents 1 userdata 7
		sleep calls (ns): 10000000 1000000
		fs32 fd_write type: {"parameters":["i32","i32","i32","i32"],"results":["i32"]}
		Module only, width wasm32: 0
		link error (reflected type): true import wasi_snapshot_preview1.fd_write: type (i32, i64, i64, i32) -> i32 matches neither wasm32 (i32, i32, i32, i32) -> i32 nor wasm64 (i32, i64, i64, i64) -> i32
		ERRNO.NOTCAPABLE: 76
	EOF
}

@test "the core module imports nothing from Node (the page loads it as it is)" {
	native_pass_only "Node or Chromium runs the module, not wasm64-run"
	local core=("$ROOT/js/wasm64-host.mjs" "$ROOT/js/wasm-module-info.mjs" "$ROOT/js/wasi-abi.mjs")
	run -0 grep -h "^import" "${core[@]}"
	assert_output - <<-'EOF'
		import { readModuleInfo } from './wasm-module-info.mjs';
		import { CONSTS, FUNCTIONS, KINDS, STRUCTS } from './wasi-abi.mjs';
	EOF
	run -1 grep -n "process\.\|require(" "${core[@]}"
}

# --- the same output under wasm64-run and Node --------------------------------

@test "same stdout and status, wasm64-run and Node: hello with arguments, cli.c (args, return, exit, traps)" {
	cd "$P"
	# An empty argument prints an empty last line (bats drops it from $output).
	same_everywhere --no-browser hello.wasm one "two words" ""
	assert_equal "$want_output" $'Hello from wasm64!\none\ntwo words'
	same_everywhere --no-browser cli.wasm args a "b c"
	assert_equal "$want_output" $'cli.wasm\nargs\na\nb c'
	same_everywhere --no-browser cli.wasm return 300
	assert_equal "$want_status" 44
	same_everywhere --no-browser cli.wasm exit -1
	assert_equal "$want_status" 255
	same_everywhere --no-browser cli.wasm div
	assert_equal "$want_status" 134
	same_everywhere --no-browser cli.wasm oob
	assert_equal "$want_status" 134
}

# fs.c's scenarios (tests/40-wasi.bats gives their exact expected output),
# through preopens: wasm64-run --dir reads and writes the host directory,
# run.mjs --dir copies it into memory.  Each must print the same.
fs_scenarios_node() {
	local wasm=$1
	make_tree
	local sc
	for sc in prestat files dirs clock random poll; do
		same_everywhere --no-browser --dir box --dir "$T/other::/data" "$P/$wasm" "$sc"
		[ "${#want_output}" -gt 40 ]
	done
	same_everywhere --no-browser --env A=1 --env "B=two words" "$P/$wasm" environ
	assert_equal "$want_output" $'count: 2\nsize: 16\nA=1\nB=two words'
	same_everywhere --no-browser --dir "$T/box" --dir "$T/other" "$P/$wasm" sandbox
	assert_line "open link_dir/secret NOFOLLOW 0: 76"
	assert_line "link_sub/../inside.txt: 0 [inside]"
	assert_equal "${#lines[@]}" 49
	[ "$(cat "$T/outside/secret")" = secret ]
	run --separate-stderr node "$RUNMJS" --dir "$T/box" "$P/$wasm" ls big
	assert_equal "$(sort <<<"$output")" "$(cd "$T" && "$RUN" --dir "$T/box" "$P/$wasm" ls big | sort)"
	assert_equal "${#lines[@]}" 44
	printf hello >"$T/hello.txt"
	same_everywhere --no-browser --stdin "$T/hello.txt" --env A=B --dir "$T/box" "$P/$wasm" efault
	assert_line "stdin: hello"
	assert_equal "${#lines[@]}" 36
	assert_line "huge iovec count: 21"
}
@test "same stdout and status, wasm64-run and Node: fs.c scenarios through preopens (wasm64)" { fs_scenarios_node fs64.wasm; }
@test "same stdout and status, wasm64-run and Node: fs.c scenarios through preopens (wasm32)" { fs_scenarios_node fs32.wasm; }

@test "same stdout and status, wasm64-run and Node: stdin through small iovecs and 3000 iovecs" {
	seq 1 2000 >"$T/in.txt"
	same_everywhere --no-browser --stdin "$T/in.txt" "$P/fs64.wasm" cat
	assert_equal "$want_output" "$(cat "$T/in.txt")"
	same_everywhere --no-browser --stdin "$T/in.txt" "$P/fs64.wasm" iovecs
	assert_line "nread: 3000"
	same_everywhere --no-browser --stdin "$T/in.txt" "$P/fs32.wasm" iovecs
}

# --- Chromium ---------------------------------------------------------------------

@test "browser: examples/browser shows hello's output and exit status, with a native 64-bit memory; screenshot" {
	native_pass_only "Node or Chromium runs the module, not wasm64-run"
	browser --screenshot "$T/page.png" --status "$T/status.txt" "$P/hello.wasm" one "two words"
	assert_equal "$status" 0
	assert_output $'Hello from wasm64!\none\ntwo words'
	assert_equal "$stderr" ""
	# The page ran the module as clang made it: a 64-bit memory (and table),
	# natively, with no flag and no lowering.
	assert_equal "$(cat "$T/status.txt")" "exit status 0 (64-bit memory)"
	# A PNG of the page.
	[ "$(head -c 8 "$T/page.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]
	[ "$(stat -c %s "$T/page.png")" -gt 5000 ]
}

@test "same stdout and status in Chromium: hello with arguments, cli.c args, exit -1 and a trap" {
	cd "$P"
	same_everywhere hello.wasm one "two words"
	assert_equal "$want_output" $'Hello from wasm64!\none\ntwo words'
	same_everywhere cli.wasm args a "b c"
	assert_equal "$want_output" $'cli.wasm\nargs\na\nb c'
	same_everywhere cli.wasm exit -1
	assert_equal "$want_status" 255
	same_everywhere cli.wasm div
	assert_equal "$want_status" 134
}

@test "same stdout and status in Chromium: fs.c files, directories and the sandbox through preopens (wasm64, wasm32)" {
	make_tree
	same_everywhere --dir box --dir "$T/other::/data" "$P/fs64.wasm" prestat
	assert_line "fd 4: tag 0 name /data"
	same_everywhere --dir box "$P/fs64.wasm" files
	assert_line "content: 0 [JELLO!!]"
	same_everywhere --dir "$T/box" --dir "$T/other" "$P/fs64.wasm" sandbox
	assert_equal "${#lines[@]}" 49
	same_everywhere --dir "$T/box" "$P/fs32.wasm" dirs
	assert_line "filestat d/s follow type: 4"
}
