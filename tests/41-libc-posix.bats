#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The POSIX interfaces around processes, the environment, networking and
# system information, and those WASI cannot back (docs/libc.md "Processes,
# threads and the system"): libc programs in wasm64-run, natively under
# ASan/UBSan, and against glibc where glibc has the same functions.

setup() {
	load helpers
	NATIVE="$ROOT/build/libc-native"
}

# libc_test NAME OPTS [RUNTIME_OPTIONS...] [-- PROGRAM_ARGS...]: as in
# tests/30-libc.bats.
libc_test() {
	local name=$1 opts=$2
	shift 2
	[ "$opts" = -O2 ] ||
		native_pass_only "the ASan/UBSan interpreter runs the -O2 build of each program"
	# shellcheck disable=SC2086 # OPTS is a list of flags
	cc "$BATS_TEST_TMPDIR/$name.wasm" "$ROOT/tests/libc/$name.c" $opts
	local runtime_opts=() args=()
	while [ $# -gt 0 ] && [ "$1" != -- ]; do runtime_opts+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	args=("$@")
	run "$RUN" "${runtime_opts[@]}" "$BATS_TEST_TMPDIR/$name.wasm" "${args[@]}"
}

# native_test NAME [VAR=VALUE...]: the native ASan/UBSan build of
# tests/libc/NAME.c (libc/native.mk).
native_test() {
	native_pass_only "a native build with its own ASan/UBSan"
	local name=$1
	shift
	[ -x "$NATIVE/libc/$name" ] || fail "$NATIVE/libc/$name is not built: make libc-native"
	run env "$@" "$NATIVE/libc/$name"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	refute_output --partial "Sanitizer"
	refute_output --partial "runtime error"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

# --- environment and randomness ---------------------------------------------

@test "libc/environ.c -O0: environ, setenv, unsetenv, putenv, clearenv, getentropy, arc4random" {
	libc_test environ -O0 --env W64_A=1 --env W64_B=two
	assert_success
	assert_clean_summary
}
@test "libc/environ.c -O2" {
	libc_test environ -O2 --env W64_A=1 --env W64_B=two
	assert_success
	assert_clean_summary
}
@test "native libc/environ.c" { native_test environ W64_A=1 W64_B=two; assert_success; assert_clean_summary; }

@test "a program that never touches its environment imports neither environ call" {
	printf '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n' >"$BATS_TEST_TMPDIR/p.c"
	cc "$BATS_TEST_TMPDIR/p.wasm" "$BATS_TEST_TMPDIR/p.c" -O2
	run -0 "$NPM_BIN/wasm2wat" --enable-all "$BATS_TEST_TMPDIR/p.wasm"
	refute_output --partial '"environ_get"'
	refute_output --partial '"environ_sizes_get"'
	refute_output --partial '"args_get"'
	refute_output --partial '"random_get"'
	# and one that reads environ does, with no call of any kind first
	printf '#include <stdio.h>\nextern char **environ;\nint main(void) { puts(environ[0]); return 0; }\n' \
		>"$BATS_TEST_TMPDIR/e.c"
	cc "$BATS_TEST_TMPDIR/e.wasm" "$BATS_TEST_TMPDIR/e.c" -O2
	run -0 "$RUN" --env FIRST=1 "$BATS_TEST_TMPDIR/e.wasm"
	assert_output "FIRST=1"
}

# --- processes, users, signals, system information ----------------------------

@test "libc/posix.c -O0: sysconf, uname, getrusage, fork/exec/wait/pipe/dup, users, termios, dlopen, signals" {
	libc_test posix -O0 --env HOME=/home/w64
	assert_success
	assert_clean_summary
}
@test "libc/posix.c -O2" { libc_test posix -O2 --env HOME=/home/w64; assert_success; assert_clean_summary; }
@test "native libc/posix.c" { native_test posix HOME=/home/w64; assert_success; assert_clean_summary; }

@test "pthread_exit in main: key destructors, atexit handlers, stdio flushed, status 0" {
	libc_test posix -O2 -- exit-thread
	assert_success
	assert_output $'destructor: value\natexit ran\nbuffered output is flushed'
}

@test "a SIGTERM raised while blocked is delivered when unblocked: \"Terminated\", status 143" {
	cc "$BATS_TEST_TMPDIR/posix.wasm" "$ROOT/tests/libc/posix.c" -O2
	run --separate-stderr -143 "$RUN" "$BATS_TEST_TMPDIR/posix.wasm" pending-term
	assert_output "still running"
	[ "$stderr" = "Terminated" ] || fail "stderr: $stderr"
}

@test "libc/pthread.c -O0: single-threaded pthreads and C11 threads" {
	libc_test pthread -O0
	assert_success
	assert_clean_summary
}
@test "libc/pthread.c -O2" { libc_test pthread -O2; assert_success; assert_clean_summary; }
@test "native libc/pthread.c" { native_test pthread; assert_success; assert_clean_summary; }

# --- networking and readiness --------------------------------------------------

@test "libc/net.c -O0: sockets WASI cannot make, address conversions, byte order" {
	libc_test net -O0
	assert_success
	assert_clean_summary
}
@test "libc/net.c -O2" { libc_test net -O2; assert_success; assert_clean_summary; }
@test "native libc/net.c" { native_test net; assert_success; assert_clean_summary; }

@test "inet_pton, inet_ntop, inet_aton == glibc on generated addresses" {
	native_pass_only "a native build with its own ASan/UBSan"
	[ -x "$NATIVE/diff/inet_diff" ] || fail "not built: make libc-native"
	run "$NATIVE/diff/inet_diff"
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^inet: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "libc/poll.c -O0: poll, select, pselect: timeouts, bad descriptors, signals" {
	libc_test poll -O0
	assert_success
	assert_clean_summary
}
@test "libc/poll.c -O2" { libc_test poll -O2; assert_success; assert_clean_summary; }
@test "native libc/poll.c" { native_test poll; assert_success; assert_clean_summary; }

@test "poll and select see data waiting in a stdin pipe; FIONREAD counts it" {
	cc "$BATS_TEST_TMPDIR/poll.wasm" "$ROOT/tests/libc/poll.c" -O2
	run bash -c "printf 'hello\n' | '$RUN' '$BATS_TEST_TMPDIR/poll.wasm' ready"
	assert_success
	assert_clean_summary
}

@test "poll and select time out on an empty stdin pipe; FIONREAD says 0" {
	cc "$BATS_TEST_TMPDIR/poll.wasm" "$ROOT/tests/libc/poll.c" -O2
	run bash -c "sleep 2 | '$RUN' '$BATS_TEST_TMPDIR/poll.wasm' wait"
	assert_success
	assert_clean_summary
}

@test "native poll and select on stdin pipes (data waiting, then empty)" {
	native_pass_only "a native build with its own ASan/UBSan"
	run bash -c "printf 'hello\n' | '$NATIVE/libc/poll' ready"
	assert_success
	assert_clean_summary
	run bash -c "sleep 2 | '$NATIVE/libc/poll' wait"
	assert_success
	assert_clean_summary
}

# --- err.h and the stack protector ----------------------------------------------

@test "libc/err.c: err.h's messages are glibc's byte for byte" {
	native_pass_only "compares with a glibc build"
	mkdir -p "$BATS_TEST_TMPDIR/w" "$BATS_TEST_TMPDIR/g"
	cc "$BATS_TEST_TMPDIR/w/err.wasm" "$ROOT/tests/libc/err.c" -O2
	gcc -D_GNU_SOURCE -I "$ROOT/tests/libc" "$ROOT/tests/libc/err.c" -o "$BATS_TEST_TMPDIR/g/err.wasm"
	local arg w g
	for arg in "" err errx; do
		w=$(cd "$BATS_TEST_TMPDIR/w" && "$RUN" err.wasm $arg 2>&1 >/dev/null; echo "status $?")
		g=$(cd "$BATS_TEST_TMPDIR/g" && ./err.wasm $arg 2>&1 >/dev/null; echo "status $?")
		[ "$w" = "$g" ] || fail "err.c $arg differs:
wasm64-run: $w
glibc:      $g"
	done
	[ "$(printf '%s\n' "$w" | tail -1)" = "status 4" ] || fail "errx status: $w"
}
@test "libc/err.c -O2: errno survives, the program's names" {
	libc_test err -O2
	assert_success
	assert_clean_summary
}
@test "native libc/err.c" {
	native_pass_only "a native build with its own ASan/UBSan"
	# The short name is the program's own: under the native name, one
	# check (the name is err.wasm in wasm64-run) is expected to fail.
	cp "$NATIVE/libc/err" "$BATS_TEST_TMPDIR/err.wasm"
	run "$BATS_TEST_TMPDIR/err.wasm"
	assert_success
	assert_clean_summary
	assert_line "err.wasm: reading input: No such file or directory"
}

@test "libc/ssp.c: -fstack-protector-strong runs, with a random canary" {
	libc_test ssp "-O2 -fstack-protector-strong"
	assert_success
	assert_clean_summary
}

@test "a stack overflow under -fstack-protector-strong: glibc's message, then a trap (status 134)" {
	cc "$BATS_TEST_TMPDIR/ssp.wasm" "$ROOT/tests/libc/ssp.c" -O2 -fstack-protector-strong
	run --separate-stderr -134 "$RUN" "$BATS_TEST_TMPDIR/ssp.wasm" smash
	[ "${stderr_lines[0]}" = "*** stack smashing detected ***: terminated" ] || fail "stderr: $stderr"
	[ "${stderr_lines[1]}" = "wasm64-run: trap: unreachable" ] || fail "stderr: $stderr"
}
@test "native libc/ssp.c" { native_test ssp; assert_success; assert_clean_summary; }

@test "the new headers compile together, -std=c99 -pedantic and C++" {
	local h src="$BATS_TEST_TMPDIR/all.c"
	: >"$src"
	for h in alloca.h arpa/inet.h byteswap.h dlfcn.h endian.h err.h grp.h netinet/in.h \
		netinet/tcp.h poll.h pthread.h pwd.h sched.h signal.h stdlib.h sys/ioctl.h \
		sys/param.h sys/poll.h sys/random.h sys/resource.h sys/select.h sys/socket.h \
		sys/sysinfo.h sys/times.h sys/utsname.h sys/wait.h sysexits.h termios.h unistd.h; do
		printf '#include <%s>\n' "$h" >>"$src"
	done
	printf 'int main(void) { return htobe16(1) == bswap_16(1) && MIN(1, 2) == 1 ? EX_OK : 1; }\n' >>"$src"
	cc "$BATS_TEST_TMPDIR/all99.wasm" "$src" -std=c99 -pedantic -Wall -Wextra -Werror
	run -0 "$RUN" "$BATS_TEST_TMPDIR/all99.wasm"
	PATH="$PATH_NO_WASM_OPT" clang++-22 --target=wasm64 --sysroot="$SYSROOT" -fsyntax-only -x c++ \
		-Wall -Wextra -Werror "$src"
}

# --- waiting for signals, the system log, %m ---------------------------------

@test "libc/siglog.c -O0: sigwait, sigwaitinfo, sigtimedwait, sigaltstack, syslog, printf's %m" {
	libc_test siglog -O0 --dir "$BATS_TEST_TMPDIR::/tmp"
	assert_success
	assert_clean_summary
}
@test "libc/siglog.c -O2" { libc_test siglog -O2 --dir "$BATS_TEST_TMPDIR::/tmp"; assert_success; assert_clean_summary; }
@test "native libc/siglog.c" { native_test siglog W64_PREOPENS="$BATS_TEST_TMPDIR::/tmp"; assert_success; assert_clean_summary; }
@test "libc/siglog.c for wasm32 (sysroot32): size_t and ptrdiff_t conversions at 32 bits" {
	native_pass_only "builds with the wasm32 sysroot"
	"$CLANG" --target=wasm32 --sysroot="$ROOT/sysroot32" -O2 -I "$ROOT/tests/libc" \
		"$ROOT/tests/libc/siglog.c" -o "$BATS_TEST_TMPDIR/siglog32.wasm"
	run "$RUN" --dir "$BATS_TEST_TMPDIR::/tmp" "$BATS_TEST_TMPDIR/siglog32.wasm"
	assert_success
	assert_clean_summary
}
