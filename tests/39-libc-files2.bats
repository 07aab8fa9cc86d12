#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# More of the libc's files, I/O and stdio: tests/libc/files2.c (links,
# times, modes, locks, directories, nftw, realpath, readv/writev),
# mman.c, stdio2.c and tmpfiles.c, in wasm64-run (with --dir where files
# are involved) and natively under ASan/UBSan (the native host takes its
# preopens from W64_PREOPENS); and the differential checks against glibc
# (files_diff, stdio_diff).
#
# File permissions only bite an unprivileged user: when the suite runs as
# root, the file programs run as nobody (setpriv), over a fixture made in
# a directory nobody can reach, as in 34-libc-files.bats.

setup_file() {
	case "${WASM64_RUN:-/build/native/}" in
	*/build/native/*) make -s -C "$BATS_TEST_DIRNAME/.." libc-native >/dev/null ;;
	esac
}

setup() {
	load helpers
	NATIVE="$ROOT/build/libc-native"
	FIX=$(mktemp -d /tmp/w64-files2.XXXXXX)
	chmod 755 "$FIX"
	mkdir "$FIX/work" "$FIX/ro" "$FIX/outside" "$FIX/work/noread"
	seq 1 2000 | sed 's/^/line /' >"$FIX/ro/data.txt"
	chmod 444 "$FIX/ro/data.txt"
	chmod 000 "$FIX/work/noread"
	echo outside >"$FIX/outside/secret.txt"
	ln -s ../outside/secret.txt "$FIX/work/escape"
	AS_USER=()
	if [ "$(id -u)" = 0 ]; then
		chown -R 65534:65534 "$FIX"
		AS_USER=(setpriv --reuid=65534 --regid=65534 --clear-groups)
	fi
}

teardown() {
	chmod -R u+rwx "$FIX" 2>/dev/null || true
	rm -rf "$FIX"
}

assert_clean_summary() {
	refute_output --partial "FAIL"
	refute_output --partial "Sanitizer"
	refute_output --partial "runtime error"
	assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
}

# wasm_build NAME CFLAGS: build tests/libc/NAME.c into the fixture.
wasm_build() {
	# shellcheck disable=SC2086 # CFLAGS is a list of flags
	cc "$FIX/$1.wasm" "$ROOT/tests/libc/$1.c" $2
	chmod 644 "$FIX/$1.wasm"
}

native_only() {
	native_pass_only "a native build with its own ASan/UBSan"
	[ -x "$NATIVE/libc/$1" ] || fail "not built: make libc-native"
}

@test "libc/files2.c -O2 in wasm64-run: links, times, modes, locks, scandir, nftw, realpath, readv" {
	wasm_build files2 -O2
	run "${AS_USER[@]}" "$RUN" --dir "$FIX/work::/work" --dir "$FIX/ro::/ro" "$FIX/files2.wasm"
	assert_success
	assert_clean_summary
}

@test "libc/files2.c -O0 in wasm64-run, walking instead of openat2" {
	native_pass_only "the ASan/UBSan interpreter runs the -O2 build"
	wasm_build files2 -O0
	run "${AS_USER[@]}" env WASM64_RUN_RESOLVE=walk "$RUN" --dir "$FIX/work::/work" \
		--dir "$FIX/ro::/ro" "$FIX/files2.wasm"
	assert_success
	assert_clean_summary
}

@test "native libc/files2.c (ASan/UBSan)" {
	native_only files2
	run "${AS_USER[@]}" env "W64_PREOPENS=$FIX/work::/work;$FIX/ro::/ro" "$NATIVE/libc/files2"
	assert_success
	assert_clean_summary
}

# diff_test NAME: run a differential driver, which ends with
# "<what>: N cases compared, M mismatches".
diff_test() {
	native_pass_only "a native build with its own ASan/UBSan"
	[ -x "$NATIVE/diff/$1" ] || fail "$NATIVE/diff/$1 is not built: make libc-native"
	run "${AS_USER[@]}" "$NATIVE/diff/$1"
}

@test "realpath, nftw (16 flag sets), ftw, scandir, strverscmp == glibc on generated trees with links" {
	diff_test files_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^files: [0-9]{6,} cases compared, 0 mismatches$'
}

@test "libc/mman.c -O2 in wasm64-run: anonymous and file mappings, partial munmap, write-back" {
	wasm_build mman -O2
	run "${AS_USER[@]}" "$RUN" --dir "$FIX/work::/work" "$FIX/mman.wasm"
	assert_success
	assert_clean_summary
}

@test "native libc/mman.c (ASan/UBSan)" {
	native_only mman
	run "${AS_USER[@]}" env "W64_PREOPENS=$FIX/work::/work" "$NATIVE/libc/mman"
	assert_success
	assert_clean_summary
}

@test "a shared mapping changed after close() reaches its file when the program exits" {
	wasm_build mman -O2
	run "${AS_USER[@]}" "$RUN" --dir "$FIX/work::/work" "$FIX/mman.wasm" exit
	assert_success
	[ "$(cat "$FIX/work/at-exit")" = "after!" ] || fail "file: $(cat "$FIX/work/at-exit")"
	if in_native_pass; then
		rm "$FIX/work/at-exit"
		run "${AS_USER[@]}" env "W64_PREOPENS=$FIX/work::/work" "$NATIVE/libc/mman" exit
		assert_success
		[ "$(cat "$FIX/work/at-exit")" = "after!" ] || fail "native: $(cat "$FIX/work/at-exit")"
	fi
}

@test "libc/stdio2.c -O2 in wasm64-run: fmemopen, open_memstream, fopencookie, _unlocked, stdio_ext.h" {
	wasm_build stdio2 -O2
	run "${AS_USER[@]}" "$RUN" --dir "$FIX/work::/work" "$FIX/stdio2.wasm"
	assert_success
	assert_clean_summary
}

@test "libc/stdio2.c -O0 in wasm64-run" {
	native_pass_only "the ASan/UBSan interpreter runs the -O2 build"
	wasm_build stdio2 -O0
	run "${AS_USER[@]}" "$RUN" --dir "$FIX/work::/work" "$FIX/stdio2.wasm"
	assert_success
	assert_clean_summary
}

@test "native libc/stdio2.c (ASan/UBSan)" {
	native_only stdio2
	run "${AS_USER[@]}" env "W64_PREOPENS=$FIX/work::/work" "$NATIVE/libc/stdio2"
	assert_success
	assert_clean_summary
}

@test "fmemopen, open_memstream, fopencookie == glibc on generated operation sequences" {
	diff_test stdio_diff
	assert_success
	refute_output --partial "Sanitizer"
	assert_line --regexp '^stdio: [0-9]{6,} cases compared, 0 mismatches$'
}

# tmp_case EXPECTED [TEMPNAM_DIR [TEMPNAM_EXPECTED]] -- RUNTIME_OPTIONS...: libc/tmpfiles.c
# in wasm64-run with those preopens and environment,
# then native libc/tmpfiles.c (ASan/UBSan) with the same (W64_PREOPENS,
# the environment through env).
tmp_case() {
	local args=() opts=() native_env=() preopens="" arg
	while [ "$1" != -- ]; do args+=("$1"); shift; done
	shift
	opts=("$@")
	while [ $# -gt 0 ]; do
		case $1 in
		--dir) preopens="$preopens${preopens:+;}$2"; shift 2 ;;
		--env) native_env+=("$2"); shift 2 ;;
		esac
	done
	[ -f "$FIX/tmpfiles.wasm" ] || wasm_build tmpfiles -O2
	run "${AS_USER[@]}" "$RUN" "${opts[@]}" "$FIX/tmpfiles.wasm" "${args[@]}"
	assert_success
	assert_clean_summary
	if in_native_pass; then
		[ -x "$NATIVE/libc/tmpfiles" ] || fail "not built: make libc-native"
		run "${AS_USER[@]}" env -u TMPDIR "W64_PREOPENS=$preopens" "${native_env[@]}" \
			"$NATIVE/libc/tmpfiles" "${args[@]}"
		assert_success
		assert_clean_summary
	fi
}

@test "temporary files: \$TMPDIR when it is set and reachable" {
	mkdir "$FIX/work/t" "$FIX/tmp" && chmod 777 "$FIX/work/t" "$FIX/tmp"
	tmp_case /work/t -- --dir "$FIX/work::/work" --dir "$FIX/tmp::/tmp" --env TMPDIR=/work/t
	# tempnam's directory comes after $TMPDIR.
	mkdir "$FIX/work/td" && chmod 777 "$FIX/work/td"
	tmp_case /work/t /work/td /work/t -- --dir "$FIX/work::/work" --env TMPDIR=/work/t
}

@test "temporary files: /tmp when a preopen provides it and \$TMPDIR is unset or unreachable" {
	mkdir "$FIX/tmp" && chmod 777 "$FIX/tmp"
	tmp_case /tmp -- --dir "$FIX/work::/work" --dir "$FIX/tmp::/tmp"
	tmp_case /tmp -- --dir "$FIX/work::/work" --dir "$FIX/tmp::/tmp" --env TMPDIR=/nowhere
	# tempnam's own directory comes before /tmp.
	mkdir "$FIX/work/td" && chmod 777 "$FIX/work/td"
	tmp_case /tmp /work/td -- --dir "$FIX/work::/work" --dir "$FIX/tmp::/tmp"
}

@test "temporary files: the current directory without \$TMPDIR or /tmp" {
	tmp_case . -- --dir "$FIX/work::/work"
	tmp_case . -- --dir "$FIX/work::/work" --env TMPDIR=/work/missing
}
