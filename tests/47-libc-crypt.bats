#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# crypt.h: crypt and crypt_r (SHA-512, SHA-256, MD5, bcrypt, BSDi and
# traditional DES), encrypt and setkey.  tests/libc/crypt.c (published
# vectors, refusals, DES known answers) runs in wasm64-run at -O0 and -O2
# and natively under ASan/UBSan; crypt_diff compares with libxcrypt.

setup() {
	load helpers
	NATIVE="$ROOT/build/libc-native"
}

# libc_test NAME OPTS [RUNTIME_OPTIONS...]: tests/libc/NAME.c built with the
# plain user command plus OPTS, run in wasm64-run (in the sanitizer pass,
# the -O2 builds only).
libc_test() {
	local name=$1 opts=$2
	shift 2
	[ "$opts" = -O2 ] ||
		native_pass_only "the ASan/UBSan interpreter runs the -O2 build of each program"
	# shellcheck disable=SC2086 # OPTS is a list of flags
	cc "$BATS_TEST_TMPDIR/$name.wasm" "$ROOT/tests/libc/$name.c" $opts
	run "$RUN" "$@" "$BATS_TEST_TMPDIR/$name.wasm"
}

# native_test NAME: the native ASan/UBSan build of tests/libc/NAME.c.
native_test() {
	native_pass_only "a native build with its own ASan/UBSan"
	make -s -C "$ROOT" "build/libc-native/libc/$1" >/dev/null
	run "$NATIVE/libc/$1"
}

# diff_test NAME: a differential driver (tests/libc-native/NAME.c), which
# ends with "<what>: N cases compared, 0 mismatches".
diff_test() {
	native_pass_only "a native build with its own ASan/UBSan"
	make -s -C "$ROOT" "build/libc-native/diff/$1" >/dev/null
	run "$NATIVE/diff/$1"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	refute_output --partial "Sanitizer"
	refute_output --partial "runtime error"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

@test "libc/crypt.c -O0" { libc_test crypt -O0; assert_success; assert_clean_summary; }
@test "libc/crypt.c -O2" { libc_test crypt -O2; assert_success; assert_clean_summary; }
@test "native libc/crypt.c" { native_test crypt; assert_success; assert_clean_summary; }

@test "crypt, crypt_r, encrypt, setkey against libxcrypt" {
	diff_test crypt_diff
	printf '%s\n' "$output" | tail -n 1 >&3
	assert_success
	refute_output --partial "not compared"
	assert_line --regexp '^crypt: [0-9]+ cases compared, 0 mismatches$'
}

@test "crypt in a wasm32 program (sysroot32)" {
	native_pass_only "builds with the wasm32 sysroot"
	cat >"$BATS_TEST_TMPDIR/c.c" <<'C'
#include <crypt.h>
#include <stdio.h>
#include <string.h>
int main(void)
{
	struct crypt_data d = {0};
	puts(crypt("Hello world!", "$6$saltstring"));
	puts(crypt_r("U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.", &d));
	return 0;
}
C
	"$CLANG" --target=wasm32 --sysroot="$ROOT/sysroot32" -O2 "$BATS_TEST_TMPDIR/c.c" -o "$BATS_TEST_TMPDIR/c.wasm"
	run "$RUN" "$BATS_TEST_TMPDIR/c.wasm"
	assert_success
	assert_line '$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1'
	assert_line '$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW'
}
