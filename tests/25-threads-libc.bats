#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The libc's threads: the wasip1-threads variant of each sysroot
# (docs/libc.md, "Threads"), built with the plain command, run in
# wasm64-run and compared with the glibc build of the same program; the
# single-threaded sysroot beside it stays single-threaded.

setup() {
	load helpers
	T="$BATS_TEST_TMPDIR"
	D="$ROOT/tests/data/threads"
}

# threaded OUT SRC WIDTH [FLAGS...]: the plain user command for the
# threads target of WIDTH (wasm64: sysroot/, wasm32: sysroot32/).
threaded() {
	local out=$1 src=$2 width=$3 sysroot="$SYSROOT"
	shift 3
	[ "$width" = wasm32 ] && sysroot="$ROOT/sysroot32"
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=$width-wasip1-threads --sysroot="$sysroot" \
		-O2 "$@" "$src" -o "$out"
}

# glibc OUT SRC: the same program built natively against glibc.
glibc() {
	gcc -std=c11 -O2 -pthread "$2" -o "$1"
}

@test "pthreads, C11 threads, _Thread_local and atomics (wasm64-wasip1-threads): the same output as glibc's build" {
	glibc "$T/native" "$D/pthreads.c"
	run -0 "$T/native"
	local want="$output"
	# A line of each part, so that an empty run cannot pass.
	assert_line "queue: 2000 items, sum of squares 2668667000, main's tl_sum 0"
	assert_line "the last thread ends the program"
	threaded "$T/p.wasm" "$D/pthreads.c" wasm64
	run -0 "$RUN" "$T/p.wasm"
	assert_output "$want"
}

@test "the same program for wasm32-wasip1-threads (sysroot32/), and converted by wasm64-rewrite --to64: the same output" {
	glibc "$T/native" "$D/pthreads.c"
	run -0 "$T/native"
	local want="$output"
	threaded "$T/p.wasm" "$D/pthreads.c" wasm32
	run -0 "$RUN" "$T/p.wasm"
	assert_output "$want"
	# Its shared memory made 64-bit (the wasm32 WASI and thread-spawn
	# imports stay), and that lowered back: the rewriter beside the
	# runtime (the ThreadSanitizer build has none).
	local rewrite="$(dirname "$RUN")/wasm64-rewrite"
	[ -x "$rewrite" ] || rewrite="$ROOT/build/native/bin/wasm64-rewrite"
	run -0 "$rewrite" --to64 "$T/p.wasm" -o "$T/p64.wasm"
	run -0 "$NPM_BIN/wasm-objdump" -x -j Import "$T/p64.wasm"
	assert_output --regexp 'memory\[0\] pages: .* shared i64'
	run -0 "$RUN" "$T/p64.wasm"
	assert_output "$want"
	run -0 "$rewrite" --to32 "$T/p64.wasm" -o "$T/p32.wasm"
	run -0 "$RUN" "$T/p32.wasm"
	assert_output "$want"
}

@test "225 short-lived threads in waves, contended mutex and condition variable, malloc in every thread: both widths as glibc" {
	glibc "$T/native" "$D/stress.c"
	run -0 "$T/native"
	assert_output "225 threads; ids joined sum 19900; total 5040000; tickets 225; bad bytes 0"
	local want="$output" w
	for w in wasm64 wasm32; do
		threaded "$T/s-$w.wasm" "$D/stress.c" $w
		# 25 at once, and for a moment the 25 of the wave before, joined
		# but not yet gone from the host: far fewer than the 1024 default.
		run -0 "$RUN" --max-threads 64 "$T/s-$w.wasm"
		assert_output "$want"
	done
}

@test "stdio from 6 threads at once (printf, fputs, fwrite, flockfile'd putc_unlocked, fflush(NULL), fopen/fclose): every line whole; wide and seek functions: as glibc's" {
	glibc "$T/native" "$D/stdio.c"
	cd "$T"
	"$T/native" | sort >want.txt
	grep -qx "done: 120 streams opened and closed" want.txt
	[ "$(wc -l <want.txt)" -eq 1804 ]
	grep -qx "wide: next s, last z, oriented 1" want.txt
	local w
	for w in wasm64 wasm32; do
		threaded "$T/stdio-$w.wasm" "$D/stdio.c" $w
		"$RUN" --dir . "$T/stdio-$w.wasm" | sort >got.txt
		diff want.txt got.txt
	done
}

@test "returning from main while threads run ends the program with main's status, as exit() does" {
	cat >"$T/ret.c" <<-'EOF'
	#include <pthread.h>
	#include <stdio.h>
	static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
	static void *wait_forever(void *arg)
	{
		pthread_mutex_lock(&m);
		for (;;)
			pthread_cond_wait(&never, &m);
		return arg;
	}
	int main(void)
	{
		pthread_t t;
		for (int i = 0; i < 3; i++)
			pthread_create(&t, NULL, wait_forever, NULL);
		printf("main returns 3\n");
		return 3;
	}
	EOF
	glibc "$T/native" "$T/ret.c"
	run -3 "$T/native"
	assert_output "main returns 3"
	threaded "$T/ret.wasm" "$T/ret.c" wasm64
	run -3 "$RUN" "$T/ret.wasm"
	assert_output "main returns 3"
}

@test "past wasm64-run --max-threads, pthread_create and thrd_create fail (EAGAIN, thrd_nomem) and the program goes on" {
	cat >"$T/limit.c" <<-'EOF'
	#include <errno.h>
	#include <pthread.h>
	#include <stdio.h>
	#include <threads.h>
	#include <unistd.h>
	static pthread_barrier_t b;
	static void *hold(void *arg)
	{
		pthread_barrier_wait(&b);
		return arg;
	}
	static int c11(void *arg) { return arg != NULL; }
	static void *quick(void *arg) { return arg; }
	int main(void)
	{
		pthread_t t[3];
		pthread_barrier_init(&b, NULL, 3);
		for (int i = 0; i < 2; i++)
			printf("create %d: %d\n", i, pthread_create(&t[i], NULL, hold, NULL));
		printf("third: %s\n", pthread_create(&t[2], NULL, hold, NULL) == EAGAIN ? "EAGAIN" : "?");
		thrd_t c;
		printf("thrd_create: %s\n", thrd_create(&c, c11, NULL) == thrd_nomem ? "thrd_nomem" : "?");
		pthread_barrier_wait(&b);
		for (int i = 0; i < 2; i++)
			pthread_join(t[i], NULL);
		/* A joined thread leaves the host's count as it returns from
		 * wasi_thread_start, a moment after the join. */
		int tries = 0;
		while (pthread_create(&t[2], NULL, quick, NULL) != 0 && tries < 2000) {
			usleep(1000);
			tries++;
		}
		printf("after the joins: %d\n", tries < 2000);
		return 0;
	}
	EOF
	threaded "$T/limit.wasm" "$T/limit.c" wasm64
	run -0 --separate-stderr "$RUN" --max-threads 2 "$T/limit.wasm"
	assert_output $'create 0: 0\ncreate 1: 0\nthird: EAGAIN\nthrd_create: thrd_nomem\nafter the joins: 1'
	[[ "$stderr" == *"thread-spawn refused: 2 threads already run"* ]]
}

@test "the single-threaded sysroot is unchanged: pthread_create fails with EAGAIN, errno is a plain global, no wasi-threads import" {
	cat >"$T/one.c" <<-'EOF'
	#include <errno.h>
	#include <pthread.h>
	#include <stdio.h>
	static void *f(void *arg) { return arg; }
	int main(void)
	{
		pthread_t t;
		printf("%s\n", pthread_create(&t, NULL, f, NULL) == EAGAIN ? "EAGAIN" : "?");
		return 0;
	}
	EOF
	PATH="$PATH_NO_WASM_OPT" "$CLANG" --target=wasm64-wasip1 --sysroot="$SYSROOT" "$T/one.c" -o "$T/one.wasm"
	run -0 "$RUN" "$T/one.wasm"
	assert_output "EAGAIN"
	local nm="llvm-nm-22"
	run -0 "$nm" "$SYSROOT/lib/wasm64-wasip1/libc.a"
	refute_output --partial "wasi_thread_start"
	refute_output --partial "thread_spawn"
	run -0 "$nm" "$SYSROOT/lib/wasm64-wasip1-threads/libc.a"
	assert_output --partial "T wasi_thread_start"
	# errno: a plain data symbol in one, thread-local (WASM_SYMBOL_TLS,
	# 0x100) in the other; wasm-ld refuses to mix the two.
	local defined=$'Name: errno\n *Type: DATA \\(0x1\\)\n *Flags \\[ \\(0x'
	run -0 llvm-readobj-22 --symbols "$SYSROOT/lib/wasm64-wasip1/libc.a"
	assert_output --regexp "${defined}0\\)"
	refute_output --regexp "${defined}100\\)"
	run -0 llvm-readobj-22 --symbols "$SYSROOT/lib/wasm64-wasip1-threads/libc.a"
	assert_output --regexp "${defined}100\\)"
}

@test "without the SDK's threads flags (--no-default-config) the link succeeds but wasm64-run refuses the module and says why" {
	threaded "$T/bare.wasm" "$D/stress.c" wasm64 --no-default-config
	run -1 "$RUN" "$T/bare.wasm"
	assert_output --partial "the module defines its memory; a threaded module must import it (shared)"
	# The flags cfg/wasm64-threads.cfg gives are what it takes.
	threaded "$T/flags.wasm" "$D/stress.c" wasm64 --no-default-config \
		-Wl,--import-memory,--export-memory,--max-memory=17179869184
	run -0 "$RUN" "$T/flags.wasm"
	assert_output --partial "225 threads;"
}

@test "the threads configuration files next to clang are the SDK's defaults plus cfg/<width>-threads.cfg" {
	native_pass_only "the toolchain is under test, not the interpreter"
	local bindir w
	bindir=$(dirname "$(readlink -f "$(command -v "$CLANG")")")
	for w in wasm64 wasm32; do
		for t in $w-wasip1-threads $w-wasi-threads; do
			local cfg="$bindir/${t/-/-unknown-}.cfg"
			[ -f "$cfg" ] || skip "scripts/setup.sh build has not installed $cfg (not root?)"
			cat "$ROOT/cfg/wasm-defaults.cfg" "$ROOT/cfg/$w-threads.cfg" | cmp - "$cfg"
			run -0 "$CLANG" --target=$t -### -x c /dev/null -o "$T/x.wasm"
			assert_output --partial "--import-memory"
			assert_output --partial "--shared-memory"
		done
	done
}
