#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# libc tests: small C programs built with the sysroot and run in wasm64-run.
# Each prints "FAIL file:line: expr" per failure and "N passed, N failed".
# (tests/32-libc-native.bats runs the same programs natively under
# ASan/UBSan.)

setup() {
	load helpers
}

# libc_test NAME OPTS [RUNTIME_OPTIONS...]: build tests/libc/NAME.c with
# the plain user command plus OPTS (split on spaces), run it in wasm64-run
# (in the sanitizer pass, the -O2 builds only).
libc_test() {
	local name=$1 opts=$2
	shift 2
	[ "$opts" = -O2 ] ||
		native_pass_only "the ASan/UBSan interpreter runs the -O2 build of each program"
	# shellcheck disable=SC2086 # OPTS is a list of flags
	cc "$BATS_TEST_TMPDIR/$name.wasm" "$ROOT/tests/libc/$name.c" $opts
	run "$RUN" "$@" "$BATS_TEST_TMPDIR/$name.wasm"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "libc/string.c -O0" { libc_test string -O0; assert_success; assert_clean_summary; }
@test "libc/string.c -O2" { libc_test string -O2; assert_success; assert_clean_summary; }
@test "libc/strings.c -O0" { libc_test strings -O0; assert_success; assert_clean_summary; }
@test "libc/strings.c -O2" { libc_test strings -O2; assert_success; assert_clean_summary; }
@test "libc/strings.c -O3 -g" { libc_test strings "-O3 -g"; assert_success; assert_clean_summary; }
@test "libc/strerror.c -O2" { libc_test strerror -O2; assert_success; assert_clean_summary; }
@test "libc/errno.c -O2" { libc_test errno -O2; assert_success; assert_clean_summary; }
@test "libc/ctype.c -O2" { libc_test ctype -O2; assert_success; assert_clean_summary; }
@test "libc/strtol.c -O0" { libc_test strtol -O0; assert_success; assert_clean_summary; }
@test "libc/strtol.c -O2" { libc_test strtol -O2; assert_success; assert_clean_summary; }
@test "libc/qsort.c -O2" { libc_test qsort -O2; assert_success; assert_clean_summary; }
@test "libc/printf.c -O0" { libc_test printf -O0; assert_success; assert_clean_summary; }
@test "libc/printf.c -O2" { libc_test printf -O2; assert_success; assert_clean_summary; }
@test "libc/printf.c -Os -g" { libc_test printf "-Os -g"; assert_success; assert_clean_summary; }
@test "libc/longdouble.c -O0" { libc_test longdouble -O0; assert_success; assert_clean_summary; }
@test "libc/longdouble.c -O2" { libc_test longdouble -O2; assert_success; assert_clean_summary; }
@test "libc/strtod.c -O0" { libc_test strtod -O0; assert_success; assert_clean_summary; }
@test "libc/strtod.c -O2" { libc_test strtod -O2; assert_success; assert_clean_summary; }

@test "libc/time.c -O0" { libc_test time -O0; assert_success; assert_clean_summary; }
@test "libc/time.c -O2" { libc_test time -O2; assert_success; assert_clean_summary; }
@test "libc/locale.c -O0" { libc_test locale -O0; assert_success; assert_clean_summary; }
@test "libc/locale.c -O2" { libc_test locale -O2; assert_success; assert_clean_summary; }
@test "libc/signal.c -O2" { libc_test signal -O2; assert_success; assert_clean_summary; }

@test "libc/getopt.c -O2: results, permutation, and glibc's messages on stderr" {
	libc_test getopt -O2
	assert_success
	assert_clean_summary
	assert_line "prog: invalid option -- 'q'"
	assert_line "prog: unrecognized option '--nope'"
	assert_line "prog: option '--output' requires an argument"
}

@test "raise(SIGABRT) with the default action: \"Aborted\", then the trap (status 134)" {
	cc "$BATS_TEST_TMPDIR/signal.wasm" "$ROOT/tests/libc/signal.c" -O2
	run --separate-stderr -134 "$RUN" "$BATS_TEST_TMPDIR/signal.wasm" abort
	assert_output ""
	[ "${stderr_lines[0]}" = "Aborted" ] || fail "stderr: $stderr"
	[ "${stderr_lines[1]}" = "wasm64-run: trap: unreachable" ] || fail "stderr: $stderr"
}

@test "raise(SIGTERM) with the default action: \"Terminated\", status 128 + 15" {
	cc "$BATS_TEST_TMPDIR/signal.wasm" "$ROOT/tests/libc/signal.c" -O2
	run --separate-stderr -143 "$RUN" "$BATS_TEST_TMPDIR/signal.wasm" term
	assert_output ""
	[ "$stderr" = "Terminated" ] || fail "stderr: $stderr"
}

@test "abort() runs a SIGABRT handler, then ends the program anyway" {
	cc "$BATS_TEST_TMPDIR/signal.wasm" "$ROOT/tests/libc/signal.c" -O2
	run --separate-stderr -134 "$RUN" "$BATS_TEST_TMPDIR/signal.wasm" handler
	[ "${stderr_lines[0]}" = "handler ran" ] || fail "stderr: $stderr"
	[ "${stderr_lines[1]}" = "wasm64-run: trap: unreachable" ] || fail "stderr: $stderr"
}

@test "libc/scanf.c -O0" { libc_test scanf -O0 --dir "$BATS_TEST_TMPDIR::/work"; assert_success; assert_clean_summary; }
@test "libc/scanf.c -O2" { libc_test scanf -O2 --dir "$BATS_TEST_TMPDIR::/work"; assert_success; assert_clean_summary; }

# libm's special cases and errno: -fmath-errno -fno-builtin (tests/libc/math.c says why).
@test "libc/math.c -O0" { libc_test math "-O0 -fmath-errno -fno-builtin -lm"; assert_success; assert_clean_summary; }
@test "libc/math.c -O2" { libc_test math "-O2 -fmath-errno -fno-builtin -lm"; assert_success; assert_clean_summary; }

@test "libc/headers.c: every header together, -std=c11 -Wall -Wextra -Werror -pedantic" {
	libc_test headers "-O2 -std=c11 -Wall -Wextra -Werror -pedantic"
	assert_success
	assert_clean_summary
}

@test "libc/stdlib.c: getenv sees the host's environment" {
	libc_test stdlib -O2 --env "W64_TEST_VAR=hello world" --env W64_EMPTY=
	assert_success
	assert_clean_summary
}

@test "libc/exit.c: atexit handlers in reverse order, then the status" {
	libc_test exit -O2
	assert_failure 3
	assert_output $'2 passed, 0 failed\nsecond handler\nfirst handler'
}

@test "libc/assert.c: a false assert names file, line, function and expression, then traps" {
	libc_test assert -O2
	assert_failure 134
	assert_line --index 0 "2 passed, 0 failed"
	assert_line --index 1 "$ROOT/tests/libc/assert.c:32: main: assertion failed: argc == 42"
	assert_line --index 2 "wasm64-run: trap: unreachable"
}

# What tests/libc/stdio.c writes, in order, for each buffering of stdout:
# its check.h reports use write() and overtake whatever stdout holds.
stdio_expected() {
	local mode=$1 big
	big=$(printf '%*s' 12287 '' | tr ' ' x)
	if [ "$mode" = pipe ]; then
		printf '%s\n' "write 1" "printf 1" "write 2" ab fputs puts fwrite "abcd|no newline|"
	else
		printf '%s\n' "printf 1" "write 1" ab fputs puts fwrite "write 2" "abcd|no newline|"
	fi
	printf '%s\n' "write 3" "before big" "$big" "stderr 1" "write 4" \
		"stderr partial, then the newline" pending "perror: No such file or directory" \
		"Bad file descriptor" "23 passed, 0 failed"
	printf '%s' "flushed at exit"
}

@test "libc/stdio.c: stdout to a pipe is fully buffered, stderr unbuffered, exit flushes" {
	libc_test stdio -O2
	assert_success
	assert_output "$(stdio_expected pipe)"
}

@test "libc/stdio.c: stdout to a terminal (a character device) is line-buffered" {
	cc "$BATS_TEST_TMPDIR/stdio.wasm" "$ROOT/tests/libc/stdio.c" -O2
	# script(1) gives the program a pseudo-terminal; it adds \r to each \n.
	run script -qec "$RUN $BATS_TEST_TMPDIR/stdio.wasm" /dev/null
	assert_success
	output=${output//$'\r'/}
	assert_output "$(stdio_expected tty)"
}

@test "long double comparisons link to the libc's int-returning builtins, not compiler-rt's" {
	cc "$BATS_TEST_TMPDIR/ld.wasm" "$ROOT/tests/libc/longdouble.c" -O2 -Wl,--fatal-warnings
	run -0 "$NPM_BIN/wasm2wat" --enable-all "$BATS_TEST_TMPDIR/ld.wasm"
	refute_output --partial "signature_mismatch"
}

@test "libc.a exports exactly tests/expected/libc-symbols.txt" {
	run -0 "$ROOT/scripts/libc-symbols.sh" "$SYSROOT/lib/libc.a"
	local actual=$output
	run diff -u "$ROOT/tests/expected/libc-symbols.txt" <(printf '%s\n' "$actual")
	[ "$status" -eq 0 ] || fail "libc.a's exported symbols changed (- expected, + built):
$output
If the change is intended, run \`make libc-symbols\` and commit tests/expected/libc-symbols.txt."
}

@test "every function the headers declare is in libc.a (math.h's wait for libm)" {
	# The function declarations at file scope of tests/libc/headers.c
	# (which includes every header), with the header each comes from:
	# clang's AST dump names a file only when it changes, so track it.
	run -0 "$CLANG" --target=wasm64 --sysroot="$SYSROOT" -fsyntax-only -Xclang -ast-dump \
		-fno-color-diagnostics "$ROOT/tests/libc/headers.c"
	local declared defined missing
	declared=$(printf '%s\n' "$output" | awk '
		{ if (match($0, /<[^<>:, ]+\.[ch]:/)) file = substr($0, RSTART + 1, RLENGTH - 2) }
		/^\|-FunctionDecl/ && file ~ /sysroot\/include\// && file !~ /\/math\.h$/ {
			if (match($0, /(col|line):[0-9:]+ (used )?(implicit )?(used )?[A-Za-z_][A-Za-z0-9_]* \x27/)) {
				n = split(substr($0, RSTART, RLENGTH - 2), w, " "); print w[n]
			}
		}' | sort -u)
	[ "$(printf '%s\n' "$declared" | wc -l)" -gt 100 ] || fail "found too few declarations: $declared"
	defined=$(llvm-nm-22 --defined-only --extern-only --format=just-symbols "$SYSROOT/lib/libc.a" | sort -u)
	missing=$(comm -23 <(printf '%s\n' "$declared") <(printf '%s\n' "$defined"))
	[ -z "$missing" ] || fail "declared but not in libc.a: $missing"
}

@test "libc.a: every __w64_ symbol is hidden and every hidden symbol is __w64_" {
	run -0 llvm-objdump-22 -t "$SYSROOT/lib/libc.a"
	local defined
	defined=$(printf '%s\n' "$output" | awk '$2 ~ /^[gw]$/ && !/\*UND\*/')
	refute [ -n "$(printf '%s\n' "$defined" | grep '\.hidden' | awk '{ print $NF }' | grep -v '^__w64_')" ]
	refute [ -n "$(printf '%s\n' "$defined" | grep -v '\.hidden' | awk '{ print $NF }' | grep '^__w64_')" ]
}

@test "every tests/libc/*.c has a test here (or in another tests/3*.bats)" {
	local f name
	for f in "$ROOT"/tests/libc/*.c; do
		name=$(basename "$f" .c)
		# Programs that need preopens or stdin run in 34-libc-files.bats
		# and the other libc files (3x-libc-*.bats: the wide-character and
		# locale ones in 35-libc-wide.bats), the POSIX and process ones in
		# 41-libc-posix.bats, other areas in their 4x-libc-*.bats.
		grep -q "libc_test $name " "$BATS_TEST_FILENAME" ||
			grep -h "libc/$name.c" "$BATS_TEST_DIRNAME"/3?-libc-*.bats |
				grep -qv "native libc/$name.c" ||
			grep -q "libc_test $name " "$BATS_TEST_DIRNAME"/3?-libc-*.bats ||
			grep -q "libc_test $name " "$BATS_TEST_DIRNAME"/4?-libc-*.bats ||
			fail "tests/libc/$name.c is not run by $BATS_TEST_FILENAME"
	done
}
