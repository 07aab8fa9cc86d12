#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The target triples: every spelling of wasm64 (and wasm32, with
# sysroot32) compiles, links and runs against the one multiarch sysroot;
# __wasi__ programs take the libc's headers; the SDK's default flags
# (cfg/wasm-defaults.cfg) and what they change.

setup() {
	load helpers
	T="$BATS_TEST_TMPDIR"
}

# spelling TARGET SYSROOT: hello built with the plain command for TARGET,
# in one step and in two (-c, then link), runs and says hello.
spelling() {
	local target=$1 sysroot=$2
	cd "$T"
	run -0 "$CLANG" --target="$target" --sysroot="$sysroot" "$ROOT/examples/hello.c" -o one.wasm
	run -0 "$CLANG" --target="$target" --sysroot="$sysroot" -c "$ROOT/examples/hello.c" -o hello.o
	run -0 "$CLANG" --target="$target" --sysroot="$sysroot" hello.o -o two.wasm
	for w in one two; do
		run -0 "$RUN" "$w.wasm" "$target"
		assert_output $'Hello from wasm64!\n'"$target"
	done
	# The width is the target's: a 64-bit memory only for wasm64.
	run -0 "$NPM_BIN/wasm-objdump" -x one.wasm
	# A threads target imports it, shared, with a maximum.
	case $target in
	wasm64*-threads) assert_output --regexp 'memory\[0\] pages: initial=[0-9]+ max=[0-9]+ shared i64 <- env.memory' ;;
	wasm32*-threads) assert_output --regexp 'memory\[0\] pages: initial=[0-9]+ max=[0-9]+ shared <- env.memory' ;;
	wasm64*) assert_output --regexp 'memory\[0\] pages: initial=[0-9]+ i64' ;;
	*) refute_output --regexp 'memory\[0\] pages: .* i64' ;;
	esac
}

@test "wasm64-wasip1, wasm64-unknown-wasip1, wasm64-wasi: sysroot/ compiles, links and runs hello" {
	native_pass_only "the toolchain is under test, not the interpreter"
	spelling wasm64-wasip1 "$SYSROOT"
	spelling wasm64-unknown-wasip1 "$SYSROOT"
	spelling wasm64-wasi "$SYSROOT"
}

@test "wasm64, wasm64-unknown-unknown: the same sysroot, the same program" {
	native_pass_only "the toolchain is under test, not the interpreter"
	spelling wasm64 "$SYSROOT"
	spelling wasm64-unknown-unknown "$SYSROOT"
}

@test "wasm32-wasip1, wasm32-wasi, wasm32, wasm32-unknown-unknown: sysroot32/ likewise" {
	native_pass_only "the toolchain is under test, not the interpreter"
	spelling wasm32-wasip1 "$ROOT/sysroot32"
	spelling wasm32-wasi "$ROOT/sysroot32"
	spelling wasm32 "$ROOT/sysroot32"
	spelling wasm32-unknown-unknown "$ROOT/sysroot32"
}

@test "wasm64-wasip1-threads, wasm64-wasi-threads (sysroot/), wasm32-wasip1-threads, wasm32-wasi-threads (sysroot32/): hello" {
	native_pass_only "the toolchain is under test, not the interpreter"
	spelling wasm64-wasip1-threads "$SYSROOT"
	spelling wasm64-wasi-threads "$SYSROOT"
	spelling wasm32-wasip1-threads "$ROOT/sysroot32"
	spelling wasm32-wasi-threads "$ROOT/sysroot32"
}

@test "the layout: each library once, in lib/<width>-wasip1; every other name a relative link to it" {
	for s in "$SYSROOT:wasm64" "$ROOT/sysroot32:wasm32"; do
		local dir=${s%%:*} w=${s#*:}
		# Regular files only in the one directory.
		run -0 find "$dir/lib" -type f
		refute_output --regexp "/lib/[^/]+$"
		assert_line "$dir/lib/$w-wasip1/libc.a"
		assert_line "$dir/lib/$w-wasip1/crt1.o"
		[ "$(readlink "$dir/lib/$w-wasi")" = "$w-wasip1" ]
		for f in crt1.o libc.a libm.a libwasi-emulated-signal.a; do
			[ "$(readlink "$dir/lib/$f")" = "$w-wasip1/$f" ]
			[ "$dir/lib/$f" -ef "$dir/lib/$w-wasip1/$f" ]
		done
		# The headers once, for every spelling.
		[ -f "$dir/include/stdio.h" ]
		run -0 find "$dir/include" -name stdio.h
		assert_equal "${#lines[@]}" 1
	done
	# Both widths from the same headers.
	diff -r -x .stamp -x 'wasm*-threads' "$SYSROOT/include" "$ROOT/sysroot32/include"
}

@test "the threads layout: lib/<width>-wasip1-threads and include/<width>-wasip1-threads; the wasi-threads names link to them" {
	for s in "$SYSROOT:wasm64" "$ROOT/sysroot32:wasm32"; do
		local dir=${s%%:*} w=${s#*:} f
		for f in crt1.o libc.a libpthread.a libm.a; do
			[ -f "$dir/lib/$w-wasip1-threads/$f" ] && [ ! -L "$dir/lib/$w-wasip1-threads/$f" ]
		done
		[ "$(readlink "$dir/lib/$w-wasi-threads")" = "$w-wasip1-threads" ]
		[ "$(readlink "$dir/include/$w-wasi-threads")" = "$w-wasip1-threads" ]
		# Only the headers that differ; they shadow the common ones.
		run -0 find "$dir/include/$w-wasip1-threads" -name '*.h'
		assert_equal "${#lines[@]}" 2
		[ -f "$dir/include/$w-wasip1-threads/bits/pthread_types.h" ]
		[ -f "$dir/include/bits/pthread_types.h" ]
		run -0 "$CLANG" --target=$w-wasip1-threads --sysroot="$dir" -E -x c - <<<'#include <pthread.h>'
		assert_output --partial "$dir/include/$w-wasip1-threads/bits/pthread_types.h"
		refute_output --partial "$dir/include/bits/pthread_types.h"
	done
	diff -r -x .stamp "$SYSROOT/include/wasm64-wasip1-threads" "$ROOT/sysroot32/include/wasm32-wasip1-threads"
}

@test "__wasi__ and __wasip1__: defined for the wasip1 spellings only; every libc header compiles under them" {
	native_pass_only "the toolchain is under test, not the interpreter"
	run -0 "$CLANG" --target=wasm64-wasip1 -dM -E -x c /dev/null
	assert_line "#define __wasi__ 1"
	assert_line "#define __wasip1__ 1"
	run -0 "$CLANG" --target=wasm64 -dM -E -x c /dev/null
	refute_line --partial "__wasi__"
	# tests/libc/headers.c includes every header and checks each function
	# it declares links: as strict as the plain spelling's test.
	cc "$T/headers.wasm" "$ROOT/tests/libc/headers.c" --target=wasm64-wasip1 \
		-O2 -std=c11 -Wall -Wextra -Werror -pedantic
	run -0 "$RUN" "$T/headers.wasm"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "a program ported to WASI: -D_WASI_EMULATED_* and -lwasi-emulated-* link, and the functions work" {
	cat >"$T/ported.c" <<-'EOF'
	#include <signal.h>
	#include <stdio.h>
	#include <time.h>
	#include <unistd.h>
	static volatile sig_atomic_t got;
	static void on_signal(int sig) { got = sig; }
	int main(void)
	{
	#ifndef __wasi__
		puts("not built as WASI");
		return 1;
	#endif
		signal(SIGUSR1, on_signal);
		raise(SIGUSR1);
		printf("signal %d, pid>0 %d, clock>=0 %d\n", got == SIGUSR1, getpid() > 0, clock() >= 0);
		return 0;
	}
	EOF
	cc "$T/ported.wasm" "$T/ported.c" --target=wasm64-wasip1 -D_WASI_EMULATED_SIGNAL \
		-D_WASI_EMULATED_GETPID -D_WASI_EMULATED_PROCESS_CLOCKS \
		-lwasi-emulated-signal -lwasi-emulated-getpid -lwasi-emulated-process-clocks
	run -0 "$RUN" "$T/ported.wasm"
	assert_output "signal 1, pid>0 1, clock>=0 1"
	# The same for wasm32.
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32-wasip1 --sysroot="$ROOT/sysroot32" "$T/ported.c" \
		-lwasi-emulated-signal -lwasi-emulated-getpid -lwasi-emulated-process-clocks -o "$T/ported32.wasm"
	run -0 "$RUN" "$T/ported32.wasm"
	assert_output "signal 1, pid>0 1, clock>=0 1"
}

# defaults_installed: the setup copies cfg/wasm-defaults.cfg next to clang
# (root only); without it the plain command keeps clang's defaults.
defaults_installed() {
	local cfg
	cfg="$(dirname "$(readlink -f "$(command -v "$CLANG")")")/wasm64-unknown-wasip1.cfg"
	cmp -s "$ROOT/cfg/wasm-defaults.cfg" "$cfg" ||
		skip "the SDK's defaults are not installed as $cfg (scripts/setup.sh build, as root)"
}

@test "the plain wasm64-wasip1 command gets the SDK's defaults: a 1 MiB stack, setjmp lowering, stack protector" {
	native_pass_only "the toolchain is under test, not the interpreter"
	defaults_installed
	run -0 "$CLANG" --target=wasm64-wasip1 -### -c "$ROOT/examples/hello.c"
	assert_output --partial '"-wasm-enable-sjlj"'
	assert_output --partial '"-stack-protector" "2"'
	cc "$T/hello.wasm" "$ROOT/examples/hello.c" --target=wasm64-wasip1
	"$NPM_BIN/wasm-objdump" -x "$T/hello.wasm" | grep -q '<__stack_pointer> - init i64=1048576$'
	# The old spellings keep clang's own defaults (64 KiB).
	cc "$T/plain.wasm" "$ROOT/examples/hello.c"
	"$NPM_BIN/wasm-objdump" -x "$T/plain.wasm" | grep -q '<__stack_pointer> - init i64=65536$'
}

@test "defaults: without setjmp the code is the same with -wasm-enable-sjlj on, and it runs the same" {
	native_pass_only "the toolchain is under test, not the interpreter"
	local flags=(--target=wasm64-wasip1 --no-default-config -O2)
	cc "$T/off.wasm" "$ROOT/examples/wordfreq.c" "${flags[@]}"
	cc "$T/on.wasm" "$ROOT/examples/wordfreq.c" "${flags[@]}" -mllvm -wasm-enable-sjlj
	# Only the target_features section differs (exception-handling is on).
	diff <("$NPM_BIN/wasm-objdump" -d "$T/off.wasm" | grep -v -e 'file format' -e '^module name') \
		<("$NPM_BIN/wasm-objdump" -d "$T/on.wasm" | grep -v -e 'file format' -e '^module name')
	run -0 "$NPM_BIN/wasm-objdump" -x -j target_features "$T/on.wasm"
	assert_output --partial "exception-handling"
	local text="the cat and the dog and the cat"
	run -0 "$RUN" "$T/off.wasm" "$text"
	local off=$output
	run -0 "$RUN" "$T/on.wasm" "$text"
	assert_equal "$output" "$off"
	assert_output --partial "cat"
}

@test "defaults: -fstack-protector-strong links against the libc and stops a smashed stack" {
	cat >"$T/smash.c" <<-'EOF'
	#include <stdio.h>
	#include <string.h>
	static void copy(const char *s)
	{
		char small[8];
		strcpy(small, s); /* the overflow under test */
		printf("copied %zu bytes\n", strlen(small));
	}
	int main(int argc, char **argv)
	{
		copy(argc > 1 ? argv[1] : "ok");
		return 0;
	}
	EOF
	cc "$T/smash.wasm" "$T/smash.c" --target=wasm64-wasip1 -O1 -fstack-protector-strong -Wno-fortify-source
	run -0 "$RUN" "$T/smash.wasm" short
	assert_output "copied 5 bytes"
	run -134 "$RUN" "$T/smash.wasm" "this string is far longer than eight bytes"
	assert_line --index 0 "*** stack smashing detected ***: terminated"
}

@test "a C stack overflow traps with a message that names it and the link flag that grows the stack" {
	cat >"$T/deep.c" <<-'EOF'
	#include <stdio.h>
	#include <stdlib.h>
	static int depth(int n)
	{
		volatile char frame[512];
		frame[0] = (char)n;
		return n == 0 ? frame[0] : depth(n - 1) + frame[0];
	}
	int main(int argc, char **argv)
	{
		printf("%d\n", depth(atoi(argv[1])));
		return 0;
	}
	EOF
	cc "$T/deep.wasm" "$T/deep.c" --target=wasm64-wasip1 -Wl,-z,stack-size=65536
	run -0 "$RUN" "$T/deep.wasm" 10
	run -134 --separate-stderr "$RUN" "$T/deep.wasm" 10000
	assert_equal "${stderr_lines[0]}" "wasm64-run: trap: out of bounds memory access"
	[[ "$stderr" == *"wasm64-run: this was probably a C stack overflow: the stack pointer ran down to the bottom of the program's 65536-byte stack."* ]]
	[[ "$stderr" == *"wasm64-run: link with a bigger stack, e.g. -Wl,-z,stack-size=524288"* ]]
	# With the bigger stack it fits.
	cc "$T/deep8.wasm" "$T/deep.c" --target=wasm64-wasip1 -Wl,-z,stack-size=67108864
	run -0 "$RUN" "$T/deep8.wasm" 10000
	# An out-of-bounds access with the stack far from full says nothing more.
	printf 'int main(void) { volatile char *p = (char *)0x7fffffffffffULL; return *p; }\n' >"$T/oob.c"
	cc "$T/oob.wasm" "$T/oob.c" --target=wasm64-wasip1
	run -134 --separate-stderr "$RUN" "$T/oob.wasm"
	assert_equal "${stderr_lines[0]}" "wasm64-run: trap: out of bounds memory access"
	[[ "$stderr" != *"stack overflow"* ]]
	# wasm32 programs alike.
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm32-wasip1 --sysroot="$ROOT/sysroot32" "$T/deep.c" \
		-Wl,-z,stack-size=65536 -o "$T/deep32.wasm"
	run -134 --separate-stderr "$RUN" "$T/deep32.wasm" 10000
	[[ "$stderr" == *"probably a C stack overflow"* ]]
}
