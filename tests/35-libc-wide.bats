#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Wide characters, locales and conversions: wctype.h, the rest of
# wchar.h, uchar.h, locale objects and langinfo.h, strptime and getdate,
# iconv, strfmon and nl_types.h.
# Each tests/libc program runs in wasm64-run (-O0 and -O2) and natively
# under ASan/UBSan; the differential drivers compare with glibc.

setup_file() {
	case "${WASM64_RUN:-/build/native/}" in
	*/build/native/*) make -s -C "$BATS_TEST_DIRNAME/.." libc-native >/dev/null ;;
	esac
}

setup() {
	load helpers
	NATIVE="$ROOT/build/libc-native"
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

# native_test NAME [VAR=VALUE...]: run the native build of tests/libc/NAME.c.
native_test() {
	native_pass_only "a native build with its own ASan/UBSan"
	local name=$1
	shift
	[ -x "$NATIVE/libc/$name" ] || fail "$NATIVE/libc/$name is not built: make libc-native"
	run env "$@" "$NATIVE/libc/$name"
}

# diff_test NAME: run a differential driver, which ends with
# "<what>: N cases compared, M mismatches".
diff_test() {
	native_pass_only "a native build with its own ASan/UBSan"
	[ -x "$NATIVE/diff/$1" ] || fail "$NATIVE/diff/$1 is not built: make libc-native"
	run "$NATIVE/diff/$1"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	refute_output --partial "Sanitizer"
	refute_output --partial "runtime error"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "libc/wctype.c -O0" { libc_test wctype -O0; assert_success; assert_clean_summary; }
@test "libc/wctype.c -O2" { libc_test wctype -O2; assert_success; assert_clean_summary; }
@test "native libc/wctype.c" { native_test wctype; assert_success; assert_clean_summary; }
@test "libc/xlocale.c -O0" { libc_test xlocale -O0; assert_success; assert_clean_summary; }
@test "libc/xlocale.c -O2" { libc_test xlocale -O2; assert_success; assert_clean_summary; }
@test "native libc/xlocale.c" { native_test xlocale; assert_success; assert_clean_summary; }

@test "wctype.h and wcwidth == glibc at every code point, in C.UTF-8 and C (also the *_l forms)" {
	diff_test wctype_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^wctype: [0-9]{8,} cases compared, 0 mismatches$'
}

@test "libc/wcs.c -O0" { libc_test wcs -O0; assert_success; assert_clean_summary; }
@test "libc/wcs.c -O2" { libc_test wcs -O2; assert_success; assert_clean_summary; }
@test "native libc/wcs.c" { native_test wcs; assert_success; assert_clean_summary; }

@test "wcsto*, wcscasecmp, wcstok, wcpcpy, mbsnrtowcs, wcsnrtombs, uchar.h == glibc on generated strings" {
	diff_test wcs_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^wcs: [0-9]{6,} cases compared, 0 mismatches$'
}

# tests/libc/wstdio.c keeps its files in a preopen, and prints one line.
wstdio_check() {
	assert_success
	assert_clean_summary
	assert_line "wide héllo 世界 7"
}
@test "libc/wstdio.c -O0" { libc_test wstdio -O0 --dir "$BATS_TEST_TMPDIR::/work"; wstdio_check; }
@test "libc/wstdio.c -O2" { libc_test wstdio -O2 --dir "$BATS_TEST_TMPDIR::/work"; wstdio_check; }
@test "native libc/wstdio.c" { native_test wstdio "W64_PREOPENS=$BATS_TEST_TMPDIR::/work"; wstdio_check; }

@test "swprintf, swscanf, fgetwc, ungetwc, fgetws, fputwc, fputws, fwprintf, fwide, wcsftime == glibc on generated cases" {
	diff_test wstdio_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^wstdio: [0-9]{6,} cases compared, 0 mismatches$'
}

# getdate reads the templates DATEMSK names through the preopens.
@test "libc/strptime.c -O0: strptime, and getdate with DATEMSK" {
	libc_test strptime -O0 --dir "$BATS_TEST_TMPDIR::/work" --env DATEMSK=/work/datemsk
	assert_success
	assert_clean_summary
}
@test "libc/strptime.c -O2: strptime, and getdate with DATEMSK" {
	libc_test strptime -O2 --dir "$BATS_TEST_TMPDIR::/work" --env DATEMSK=/work/datemsk
	assert_success
	assert_clean_summary
}
@test "native libc/strptime.c" {
	native_test strptime "W64_PREOPENS=$BATS_TEST_TMPDIR::/work" DATEMSK=/work/datemsk
	assert_success
	assert_clean_summary
}

@test "getdate_err: 1 without DATEMSK, 3 for a missing file or one outside the preopens, 4 for a directory" {
	local env expect
	for env in "" DATEMSK=/work/missing DATEMSK=/elsewhere/datemsk DATEMSK=/work; do
		case $env in
		"") expect=1 ;;
		DATEMSK=/work) expect=4 ;;
		*) expect=3 ;;
		esac
		libc_test strptime -O2 --dir "$BATS_TEST_TMPDIR::/work" ${env:+--env "$env"} --env W64_GETDATE_EXPECT=$expect
		assert_success
		assert_clean_summary
	done
}

@test "getdate_err 2: a template file the user cannot read" {
	native_pass_only "a permission test, once"
	local fix
	fix=$(mktemp -d /tmp/w64-getdate.XXXXXX)
	chmod 755 "$fix"
	echo '%Y-%m-%d' >"$fix/datemsk"
	chmod 000 "$fix/datemsk"
	local as_user=()
	if [ "$(id -u)" = 0 ]; then
		chown -R 65534:65534 "$fix"
		as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
	fi
	cc "$fix/strptime.wasm" "$ROOT/tests/libc/strptime.c" -O2
	chmod 755 "$fix/strptime.wasm"
	run "${as_user[@]}" "$RUN" --dir "$fix::/work" --env DATEMSK=/work/datemsk --env W64_GETDATE_EXPECT=2 \
		"$fix/strptime.wasm"
	rm -rf "$fix"
	assert_success
	assert_clean_summary
}

@test "strptime == glibc on strftime's text of every conversion (spoiled too) and on noise; getdate on whole dates" {
	diff_test strptime_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^strptime: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "libc/iconv.c -O0" { libc_test iconv -O0; assert_success; assert_clean_summary; }
@test "libc/iconv.c -O2" { libc_test iconv -O2; assert_success; assert_clean_summary; }
@test "native libc/iconv.c" { native_test iconv; assert_success; assert_clean_summary; }

@test "iconv == glibc on generated text between every pair of encodings, in steps, with resets and //IGNORE" {
	diff_test iconv_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^iconv: [0-9]{6,} cases compared, 0 mismatches$'
}

# strfmon, and nl_types.h's answers (no catalogs).
@test "libc/monetary.c -O0" { libc_test monetary -O0; assert_success; assert_clean_summary; }
@test "libc/monetary.c -O2" { libc_test monetary -O2; assert_success; assert_clean_summary; }
@test "native libc/monetary.c" { native_test monetary; assert_success; assert_clean_summary; }

@test "strfmon == glibc in the C locale on generated formats and values" {
	diff_test strfmon_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^strfmon: [0-9]{6,} cases compared, 0 mismatches$'
}
