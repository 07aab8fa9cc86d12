#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The rest of wasi-libc's interface in the files and stdio area:
# tests/libc/parity.c (basename/dirname, fmtmsg, ftime, sbrk, posix_close,
# iprintf, optreset, open_wmemstream, semaphores, and the ENOSYS answers)
# in wasm64-run and natively under ASan/UBSan; basename/dirname against
# glibc (libgen_diff); and every header, wasi-libc's new ones included,
# compiled for wasm32 as well (tests/30-libc.bats runs it at 64 bits).

setup_file() {
	case "${WASM64_RUN:-/build/native/}" in
	*/build/native/*) make -s -C "$BATS_TEST_DIRNAME/.." libc-native >/dev/null ;;
	esac
}

setup() {
	load helpers
	NATIVE="$ROOT/build/libc-native"
	mkdir "$BATS_TEST_TMPDIR/work"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	refute_output --partial "Sanitizer"
	refute_output --partial "runtime error"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

# fmtmsg's lines on stderr (bats shows them with stdout), in glibc's
# layout; with MSGVERB=text:action only those parts; a bad MSGVERB word
# brings every part back.
assert_fmtmsg_lines() {
	assert_line "UX:cat: ERROR: invalid syntax"
	assert_line "TO FIX: refer to manual  UX:cat:001"
	assert_line "INFO: just text"
	assert_line "verbose off"
	assert_line "TO FIX: nothing"
	assert_line "UX:x: WARNING: all again"
	assert_line "tag"
	refute_output --partial "never"
	refute_output --partial "console"
	assert_line "iprintf 42"
}

parity_wasm() {
	# shellcheck disable=SC2086 # $1 is a list of flags
	cc "$BATS_TEST_TMPDIR/parity.wasm" "$ROOT/tests/libc/parity.c" $1
	run "$RUN" --dir "$BATS_TEST_TMPDIR/work::/work" "$BATS_TEST_TMPDIR/parity.wasm"
	assert_success
	assert_clean_summary
	assert_fmtmsg_lines
}

@test "libc/parity.c -O2 in wasm64-run: libgen, fmtmsg, ftime, sbrk, semaphores, open_wmemstream, ENOSYS answers" {
	parity_wasm -O2
}

@test "libc/parity.c -O0 in wasm64-run" {
	native_pass_only "the ASan/UBSan interpreter runs the -O2 build"
	parity_wasm -O0
}

@test "native libc/parity.c (ASan/UBSan)" {
	native_pass_only "a native build with its own ASan/UBSan"
	[ -x "$NATIVE/libc/parity" ] || fail "not built: make libc-native"
	run env "W64_PREOPENS=$BATS_TEST_TMPDIR/work::/work" "$NATIVE/libc/parity"
	assert_success
	assert_clean_summary
	assert_fmtmsg_lines
}

@test "basename, __xpg_basename, dirname == glibc's POSIX ones on generated paths" {
	native_pass_only "a native build with its own ASan/UBSan"
	[ -x "$NATIVE/diff/libgen_diff" ] || fail "not built: make libc-native"
	run "$NATIVE/diff/libgen_diff"
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^libgen: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "headers.c compiles and links for wasm32 (sysroot32): every header parses at 32 bits, -Werror -pedantic" {
	# tests/30-libc.bats runs it at 64 bits; at 32 its LP64 value checks
	# would fail, so it is only linked: every function it calls is in
	# sysroot32's libc.a.
	[ -f "$ROOT/sysroot32/lib/libc.a" ] || fail "not built: make sysroot32"
	run -0 "$CLANG" --target=wasm32 --sysroot="$ROOT/sysroot32" -std=c11 -Wall -Wextra -Werror \
		-pedantic -O2 "$ROOT/tests/libc/headers.c" -o "$BATS_TEST_TMPDIR/headers32.wasm"
}
