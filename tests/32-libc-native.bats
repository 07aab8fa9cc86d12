#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The libc's portable top half built for this machine under ASan and UBSan
# (libc/native.mk, `make libc-native`): the tests/libc programs again, and
# the differential tests against glibc.  Any sanitizer report fails the
# program (-fno-sanitize-recover).
#
# The differential campaigns run W64_DIFF_CASES cases each (200000 by
# default, seconds); set it higher for a longer run, and W64_DIFF_SEED to
# draw other cases, e.g.
#   W64_DIFF_CASES=5000000 W64_DIFF_SEED=7 tests/run tests/32-libc-native.bats

setup_file() {
	# Up to date after an edit even when run alone (make check builds
	# these first anyway).  Not in the sanitizer pass: see setup.
	case "${WASM64_RUN:-/build/native/}" in
	*/build/native/*) make -s -C "$BATS_TEST_DIRNAME/.." libc-native >/dev/null ;;
	esac
}

setup() {
	load helpers
	native_pass_only "a native build with its own ASan/UBSan"
	NATIVE="$ROOT/build/libc-native"
}

# native_test NAME [VAR=VALUE...]: run the native build of tests/libc/NAME.c.
native_test() {
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

@test "native libc/string.c" { native_test string; assert_success; assert_clean_summary; }
@test "native libc/strings.c" { native_test strings; assert_success; assert_clean_summary; }
@test "native libc/strerror.c" { native_test strerror; assert_success; assert_clean_summary; }
@test "native libc/errno.c" { native_test errno; assert_success; assert_clean_summary; }
@test "native libc/ctype.c" { native_test ctype; assert_success; assert_clean_summary; }
@test "native libc/strtol.c" { native_test strtol; assert_success; assert_clean_summary; }
@test "native libc/qsort.c" { native_test qsort; assert_success; assert_clean_summary; }
@test "native libc/printf.c" { native_test printf; assert_success; assert_clean_summary; }
@test "native libc/longdouble.c" { native_test longdouble; assert_success; assert_clean_summary; }
@test "native libc/strtod.c" { native_test strtod; assert_success; assert_clean_summary; }
@test "native libc/scanf.c" {
	native_test scanf "W64_PREOPENS=$BATS_TEST_TMPDIR::/work"
	assert_success
	assert_clean_summary
}
@test "native libc/time.c" { native_test time; assert_success; assert_clean_summary; }
@test "native libc/locale.c" { native_test locale; assert_success; assert_clean_summary; }
@test "native libc/signal.c" { native_test signal; assert_success; assert_clean_summary; }
@test "native libc/getopt.c" {
	native_test getopt
	assert_success
	assert_clean_summary
	assert_line "prog: invalid option -- 'q'"
}
@test "native libc/headers.c" { native_test headers; assert_success; assert_clean_summary; }

@test "native libc/stdlib.c" {
	native_test stdlib "W64_TEST_VAR=hello world" W64_EMPTY=
	assert_success
	assert_clean_summary
}

@test "native libc/exit.c" {
	native_test exit
	assert_failure 3
	assert_output $'2 passed, 0 failed\nsecond handler\nfirst handler'
}

@test "native libc/assert.c: the message, then abort" {
	native_test assert
	assert_failure
	assert_line --index 0 "2 passed, 0 failed"
	assert_line --index 1 "tests/libc/assert.c:32: main: assertion failed: argc == 42"
}

@test "native libc/stdio.c: the same bytes as in wasm64-run" {
	cc "$BATS_TEST_TMPDIR/stdio.wasm" "$ROOT/tests/libc/stdio.c" -O2
	run -0 "$RUN" "$BATS_TEST_TMPDIR/stdio.wasm"
	local wasm=$output
	native_test stdio
	assert_success
	assert_output "$wasm"
}

@test "native libc/math.c" { native_test math; assert_success; assert_clean_summary; }

@test "every tests/libc/*.c has a native test here (or in another tests/3*.bats)" {
	local f name
	for f in "$ROOT"/tests/libc/*.c; do
		name=$(basename "$f" .c)
		# Programs that need preopens or stdin run in 34-libc-files.bats.
		grep -q "native_test $name\b" "$BATS_TEST_DIRNAME"/3*.bats ||
			grep -q "native libc/$name.c" "$BATS_TEST_DIRNAME/34-libc-files.bats" ||
			fail "tests/libc/$name.c is not run by $BATS_TEST_FILENAME"
	done
}

# diff_test NAME: run a differential driver, which ends with
# "<what>: N cases compared, M mismatches".
diff_test() {
	[ -x "$NATIVE/diff/$1" ] || fail "$NATIVE/diff/$1 is not built: make libc-native"
	run "$NATIVE/diff/$1"
}

@test "printf family == glibc on generated formats and values (double, x87 and binary128 long double)" {
	diff_test printf_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^printf: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "strtol family == glibc on generated strings and bases" {
	diff_test strtol_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^strtol: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "strtod strtof strtold atof == glibc on generated strings (and binary128 == strtof128), %.17g round trip" {
	diff_test strtod_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^strtod: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "sscanf == glibc on printf round trips of every integer and float conversion, and on noise" {
	diff_test scanf_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^scanf: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "strftime (every conversion, GNU flags), gmtime_r, localtime_r, timegm, mktime == glibc over many dates" {
	# 2000000 comparisons: about 18700 dates (a second or two).
	W64_DIFF_CASES=${W64_DIFF_CASES:-2000000} diff_test strftime_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^strftime: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "getopt, getopt_long, getopt_long_only == glibc on generated command lines (results, argv order, messages)" {
	diff_test getopt_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^getopt: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "multibyte conversions == glibc in C.UTF-8 and C (but for glibc's pre-2003 UTF-8 past U+10FFFF)" {
	diff_test wchar_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^wchar: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "long double comparison builtins == the compiler's __float128 comparisons" {
	diff_test f128cmp_diff
	assert_success
	assert_line --regexp '^f128 compare: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "the native build renames every public libc symbol (none may shadow glibc's)" {
	local sym
	[ -f "$NATIVE/libw64c.a" ] || fail "not built: make libc-native"
	run -0 llvm-nm-22 --defined-only --extern-only --format=just-symbols "$NATIVE/libw64c.a"
	for sym in $(printf '%s\n' "$output" | grep -v -e ':$' -e '^$' | sort -u); do
		case $sym in
		w64_* | __w64_* | __odr_asan* | ___asan*) ;;
		*) fail "unrenamed symbol in the native libc: $sym" ;;
		esac
	done
}
